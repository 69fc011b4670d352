package cn.luoshi.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 指标目录 form and the 亮灯规则 copies: who may, validation, 409, presets read-only, audit. */
@LuoshiIntegrationTest
class IndicatorCatalogueTests {

    @Autowired
    IndicatorService indicators;
    @Autowired
    OrgDirectory org;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    CurrentUser userOf(String unit, Role role) {
        long unitId = org.findUnitByName(unit).orElseThrow().id();
        return new CurrentUser(9998, "t-" + unit, "测试", role, unitId, unit);
    }

    int audits(String type) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = ?").param(type).query(Integer.class).single();
    }

    @Test
    void theStatisticsUnitAddsAnIndicatorAndEditsItAStaleFormIsAConflictAndOthersMayNot() {
        CurrentUser tongji = userOf("统计", Role.UNIT_STAFF);
        IndicatorForm f = CatalogueRulesTests.energy();
        f.code = "ENERGY1";
        f.name = "单位GDP能耗降低率";
        int before = audits("经济指标");
        Indicator created = indicators.createIndicator(f, tongji);
        assertThat(created.higherIsBetter()).isFalse();
        assertThat(created.frequency()).isEqualTo("QUARTERLY");
        assertThat(indicators.catalogue()).extracting(Indicator::code).contains("ENERGY1");

        IndicatorForm edit = IndicatorForm.of(created);
        edit.name = "单位地区生产总值能耗降低率";
        Indicator edited = indicators.editIndicator("ENERGY1", edit, tongji);
        assertThat(edited.name()).isEqualTo("单位地区生产总值能耗降低率");
        assertThat(edited.version()).isEqualTo(created.version() + 1);
        assertThat(audits("经济指标")).isEqualTo(before + 2);

        IndicatorForm stale = IndicatorForm.of(created);
        assertThatThrownBy(() -> indicators.editIndicator("ENERGY1", stale, tongji)).isInstanceOf(ConflictException.class);

        IndicatorForm dup = CatalogueRulesTests.energy();
        dup.code = "ENERGY1";
        assertThatThrownBy(() -> indicators.createIndicator(dup, tongji)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("指标代码「ENERGY1」已被使用");
        IndicatorForm noTask = CatalogueRulesTests.energy();
        noTask.code = "ENERGY2";
        noTask.name = "能耗2";
        noTask.ownerTaskId = 99_999_999L;
        assertThatThrownBy(() -> indicators.createIndicator(noTask, tongji)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("任务#99999999不存在");

        assertThatThrownBy(() -> indicators.createIndicator(CatalogueRulesTests.energy(), userOf("发改", Role.UNIT_HEAD)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aPresetStaysReadOnlyACopyIsEditedAndChosenByAnIndicator() {
        CurrentUser admin = SystemUser.INSTANCE;
        LightRuleSet preset = indicators.lightRuleSet(IndicatorLightRule.TIANJIN_2022);
        assertThat(preset.preset()).isTrue();
        LightRuleForm touch = LightRuleForm.of(preset);
        touch.redBelowGrowth = new BigDecimal("-1");
        assertThatThrownBy(() -> indicators.editLightRule(touch, admin)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("只读");

        LightRuleForm copy = LightRuleForm.of(preset);
        copy.name = "本区2026固定资产投资";
        copy.rankDropIsYellow = false;
        LightRuleSet made = indicators.copyLightRule(preset.name(), copy, admin);
        assertThat(made.preset()).isFalse();
        assertThat(made.copiedFrom()).isEqualTo(IndicatorLightRule.TIANJIN_2022);
        assertThat(made.rule().rankDropIsYellow()).isFalse();

        LightRuleForm edit = LightRuleForm.of(made);
        edit.redBelowGrowth = new BigDecimal("-2");
        LightRuleSet edited = indicators.editLightRule(edit, admin);
        assertThat(edited.rule().redBelowGrowth()).isEqualByComparingTo("-2");
        assertThatThrownBy(() -> indicators.editLightRule(LightRuleForm.of(made), admin))
                .isInstanceOf(ConflictException.class);
        assertThat(audits("经济指标亮灯规则")).isGreaterThanOrEqualTo(2);

        Indicator trade = indicators.indicator("TRADE");
        IndicatorForm f = IndicatorForm.of(trade);
        f.lightRule = "本区2026固定资产投资";
        assertThat(indicators.editIndicator("TRADE", f, admin).lightRule()).isEqualTo("本区2026固定资产投资");
    }

    @Test
    void theCataloguePageAndTheFormsRenderForTheStatisticsUnitAndTheFormIsRefusedToOthers() {
        Api.Response page = Api.as(port, "tongji").get("/indicators/catalogue");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("指标目录").contains("天津2022固定资产投资").contains("预设·只读");
        assertThat(Api.as(port, "tongji").get("/indicators/catalogue/FAI/edit").raw()).contains("固定资产投资");
        assertThat(Api.as(port, "tongji").get("/indicators/rules/copy?from=" + java.net.URLEncoder.encode(
                IndicatorLightRule.TIANJIN_2022, java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(Api.as(port, "zhujian").get("/indicators/catalogue/new").status()).isEqualTo(403);
        // webjar links are still resolved to the jar's versioned path (common.WebjarUrlFilter); page links are not
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min\\.css)\"")
                .matcher(page.raw());
        assertThat(css.find()).as("versioned bootstrap link").isTrue();
        assertThat(Api.as(port, "tongji").get(css.group(1)).status()).isEqualTo(200);
        assertThat(page.raw()).contains("href=\"/indicators/catalogue/FAI/edit\"");
    }
}
