package cn.luoshi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the 指标目录 form and the 亮灯规则 form refuse, in Chinese. */
class CatalogueRulesTests {

    static IndicatorForm energy() {
        IndicatorForm f = new IndicatorForm();
        f.code = "ENERGY";
        f.name = "单位GDP能耗";
        f.unit = "%";
        f.frequency = "QUARTERLY";
        f.reported = "GROWTH_ONLY";
        f.higherIsBetter = false;
        f.ownerUnit = "发改";
        return f;
    }

    static List<String> messages(Violations v) {
        return v.list().stream().map(x -> x.field() + ":" + x.message()).toList();
    }

    @Test
    void aGoodNewIndicatorPasses() {
        assertThat(CatalogueRules.indicator(energy(), true, List.of("FAI"), List.of("固定资产投资"),
                List.of("天津2022固定资产投资")).isEmpty()).isTrue();
    }

    @Test
    void codeNameUnitFrequencyAndReportedAreCheckedInChinese() {
        IndicatorForm f = energy();
        f.code = "fai";
        f.name = " ";
        f.unit = null;
        f.frequency = "WEEKLY";
        f.reported = "LEVEL";
        assertThat(messages(CatalogueRules.indicator(f, true, List.of(), List.of(), List.of()))).containsExactly(
                "code:指标代码须为2–20位大写字母、数字或下划线（如 FAI、RETAIL）", "name:指标名称不能为空",
                "unit:计量单位不能为空", "frequency:频率须为按月累计、按季或按年",
                "reported:报送口径须为“总量和增速”或“只报增速”");
    }

    @Test
    void aTakenCodeOrNameAPercentWithALevelAnUnknownRuleAndABadTaskAreRefused() {
        IndicatorForm f = energy();
        f.code = "FAI";
        f.name = "固定资产投资";
        f.reported = "LEVEL_AND_GROWTH";
        f.lightRule = "不存在的规则";
        f.ownerTaskId = 0L;
        assertThat(messages(CatalogueRules.indicator(f, true, List.of("FAI"), List.of("固定资产投资"), List.of())))
                .containsExactly("code:指标代码「FAI」已被使用", "name:指标目录中已有「固定资产投资」",
                        "reported:计量单位为%的指标只报增速（总量没有单位），请选择“只报增速”",
                        "ownerTaskId:责任任务须填台账中任务的编号（正整数）", "lightRule:亮灯规则「不存在的规则」不存在");
    }

    @Test
    void onEditTheCodeIsNotCheckedAgain() {
        IndicatorForm f = energy();
        f.code = null;
        assertThat(CatalogueRules.indicator(f, false, List.of(), List.of(), List.of()).isEmpty()).isTrue();
    }

    @Test
    void aRuleSetNeedsANewNameASourceAndARedLineWithinAHundred() {
        LightRuleForm f = new LightRuleForm();
        f.name = "天津2022固定资产投资";
        f.source = "";
        f.redBelowGrowth = new BigDecimal("-150");
        assertThat(messages(CatalogueRules.lightRule(f, true, List.of("天津2022固定资产投资")))).containsExactly(
                "name:已有名为「天津2022固定资产投资」的亮灯规则，请换一个名称", "source:规则依据不能为空",
                "redBelowGrowth:红灯线须在 -100 到 100 之间（%）");
        f.redBelowGrowth = null;
        assertThat(messages(CatalogueRules.lightRule(f, false, List.of()))).contains(
                "redBelowGrowth:红灯线（增速低于多少为红灯）必填，如 0");
    }
}
