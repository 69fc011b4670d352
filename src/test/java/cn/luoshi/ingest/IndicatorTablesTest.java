package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 21: a statistics note's table of indicators pasted as text (指标名称 | 单位 | 1-9月 | 同比增长（%） | 全市位次)
 * gives each row's amount, growth and rank with the indicator as their subject, and the period its header names; a
 * table whose columns look ahead (目标) states no facts.
 */
class IndicatorTablesTest {

    @Test
    void aTabSeparatedIndicatorTableGivesEachRowsAmountGrowthAndRank() {
        DirectiveDraft d = draft("2024年1-9月全区主要经济指标\n"
                + "指标名称\t单位\t1-9月\t同比增长（%）\t全市位次\n"
                + "地区生产总值\t亿元\t215.6\t5.8\t3\n"
                + "规模以上工业增加值\t亿元\t—\t7.2\t2\n"
                + "固定资产投资\t亿元\t98.3\t-3.1\t9\n"
                + "  其中：工业投资\t亿元\t40.2\t12.5\t\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value()))
                .contains(tuple("地区生产总值", "amount", "215.6"), tuple("地区生产总值", "growth_pct", "5.8"),
                        tuple("规模以上工业增加值", "growth_pct", "7.2"), tuple("固定资产投资", "growth_pct", "-3.1"),
                        tuple("工业投资", "amount", "40.2"), tuple("工业投资", "growth_pct", "12.5"));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank"))
                .extracting(f -> plain(f.value()), f -> f.reference()).containsExactly(
                        tuple("3", "全市"), tuple("2", "全市"), tuple("9", "全市"));
        assertThat(d.figures()).filteredOn(f -> f.subject().equals("地区生产总值"))
                .extracting(f -> f.period()).containsOnly("1-9月");
        assertThat(d.targets()).isEmpty();
    }

    @Test
    void aPipeDrawnTableWithTheUnitInItsHeaderReadsTheSame() {
        DirectiveDraft d = draft("全县上半年主要经济指标完成情况\n"
                + "| 指标 | 绝对值（亿元） | 增速（%） |\n"
                + "| 一般公共预算收入 | 6.35 | 8.1 |\n"
                + "| 社会消费品零售总额 | 41.7 | 4.9 |\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value()), f -> f.unit())
                .contains(tuple("一般公共预算收入", "amount", "6.35", "亿元"),
                        tuple("一般公共预算收入", "growth_pct", "8.1", "%"),
                        tuple("社会消费品零售总额", "amount", "41.7", "亿元"));
    }

    @Test
    void aTableOfTargetsIsNotReadAsFacts() {
        DirectiveDraft d = draft("2025年主要预期目标\n指标\t单位\t2024年完成\t2025年目标\n地区生产总值\t亿元\t300\t320\n"
                + "固定资产投资\t亿元\t120\t130\n");
        assertThat(d.figures()).extracting(f -> plain(f.value())).doesNotContain("320", "130");
    }

    @Test
    void aCumulativeSumKeepsItsWordAndTheMonthsToDateAreItsPeriod() {
        DirectiveDraft d = draft("今年以来，全县重点项目建设有序推进。其中在建项目185项，1-6月累计完成投资235.8亿元。\n");
        assertThat(d.figures()).filteredOn(f -> plain(f.value()).equals("235.8"))
                .extracting(f -> f.subject(), f -> f.period()).containsExactly(tuple("累计完成投资", "1-6月"));
    }
}
