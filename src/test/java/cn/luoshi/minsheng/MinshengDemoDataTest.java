package cn.luoshi.minsheng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ledger.TaggedTasks;
import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's public face of a 民生实事 task, made from what the task says (its targets), not from its title. */
class MinshengDemoDataTest {

    static final Target HOUSING = target("115", "个", "老旧小区改造", "今年");
    static final Target FITNESS = target("22", "个", "社区健身中心建设", "今年");
    static final Target STREETS = target("5", "条", "精品特色街区", "今年");

    static Target target(String value, String unit, String object, String period) {
        return new Target(new BigDecimal(value), unit, object, period);
    }

    static TaggedTasks.Item item(String title, Target primary, String percent) {
        return new TaggedTasks.Item(7, 1, "城市提质工作会议", TaskKind.TASK, title, primary, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 12, 31), 6L, "住建", "区住房和城乡建设局", List.of(), TaskStatus.IN_PROGRESS,
                percent == null ? null : new BigDecimal(percent), null, null, "GREEN", "绿灯", "符合序时进度", 3);
    }

    @Test
    void aTaskWithSeveralTargetsIsTitledByWhatItBuildsAndItsNoteListsThemAll() {
        MinshengForm f = MinshengDemoData.form(item("突出城市更新，推动城市品质升级", HOUSING, "50"),
                List.of(HOUSING, FITNESS, STREETS), List.of("张卫东"));
        assertThat(f.included).isTrue();
        assertThat(f.publicTitle).isEqualTo("老旧小区改造、社区健身中心建设、精品特色街区");
        assertThat(f.publicNote).isEqualTo("今年完成115个老旧小区改造、22个社区健身中心建设、5条精品特色街区。"
                + "进度按115个老旧小区改造计算，每月更新。");
        // 115 × 200 + 22 × 200 + 5 × 150 万元; half of it done at 50 %.
        assertThat(f.plannedInvestment).isEqualByComparingTo("28150");
        assertThat(f.completedInvestment).isEqualByComparingTo("14075");
        assertThat(MinshengRules.item(f, List.of("张卫东")).isEmpty()).isTrue();
    }

    @Test
    void aSingleTargetNeedsNoWordOnWhichOneCountsAndMixedPeriodsStayWithEachTarget() {
        MinshengForm one = MinshengDemoData.form(item("建设口袋公园", target("10", "个", "口袋公园", "今年"), null),
                List.of(target("10", "个", "口袋公园", "今年")), List.of());
        assertThat(one.publicTitle).isEqualTo("口袋公园");
        assertThat(one.publicNote).isEqualTo("今年完成10个口袋公园。进度每月更新。");
        assertThat(one.completedInvestment).as("nothing reported yet").isEqualByComparingTo("0");
        Target roads = target("3", "公里", "道路新建", "2027年");
        assertThat(MinshengDemoData.note(List.of(HOUSING, roads)))
                .isEqualTo("完成115个老旧小区改造（今年）、3公里道路新建（2027年）。进度按115个老旧小区改造计算，每月更新。");
    }

    @Test
    void aTaskWithoutAQuantifiedTargetIsLeftOut() {
        MinshengForm f = MinshengDemoData.form(item("持续办好民生实事", null, "87"), List.of(), List.of());
        assertThat(f.included).isFalse();
        assertThat(f.plannedInvestment).isNull();
    }

    @Test
    void manyTargetsAreCutInTitleAndNoteAndTargetsInMoneyOrPercentCarryNoInvestment() {
        List<Target> many = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            many.add(target(String.valueOf(i), "个", "项目" + i, "今年"));
        }
        MinshengForm f = MinshengDemoData.form(item("十件实事", many.get(0), "100"), many, List.of());
        assertThat(f.publicTitle).isEqualTo("项目1、项目2、项目3等");
        assertThat(f.publicNote).contains("8个项目8等10项。").doesNotContain("项目9");
        assertThat(f.completedInvestment).isEqualByComparingTo(f.plannedInvestment);
        assertThat(MinshengDemoData.planned(List.of(target("3", "亿元", "民生投入", "今年"),
                target("95", "%", "覆盖率", "今年")))).isNull();
    }

    @Test
    void aTextThePublicRulesWouldRefuseFallsBackToAPlainOne() {
        Target named = target("1", "个", "邓亚萍全民健身中心", "今年");
        MinshengForm f = MinshengDemoData.form(item("全民健身", named, "20"), List.of(named), List.of("邓亚萍"));
        assertThat(f.included).isTrue();
        assertThat(f.publicTitle).isNull();
        assertThat(f.publicNote).isEqualTo("按计划推进，进展每月更新。");
        assertThat(MinshengRules.item(f, List.of("邓亚萍")).isEmpty()).isTrue();
    }
}
