package cn.luoshi.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.DirectiveDraft.Figure;
import cn.luoshi.ingest.DirectiveDraft.Node;
import cn.luoshi.ingest.DirectiveDraft.Target;
import cn.luoshi.ingest.DirectiveDrafter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The weak spots the first sessions left: a bare rate of change in a task item, circled-number items (①), and where an
 * object ends in a list of things with their own counts. Each rule is general; each test names a real sentence from a
 * published government work report (the marker or heading around it may be ours, to place it in a section).
 */
class WeakSpotsTest {

    private static DirectiveDraft draft(String text) {
        return DirectiveDrafter.create().draft("t.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.LocalDate.of(2025, 1, 10));
    }

    @Test
    void aBareRateOfChangeInATaskItemIsATarget() {
        // 福建省2022年政府工作报告: 固定资产投资增长6.5%，社会消费品零售总额增长9%，出口增长8%
        var d = draft("一、稳住经济大盘\n一要扩大有效需求。固定资产投资增长6.5%，社会消费品零售总额增长9%，出口增长8%。\n");
        assertThat(d.targets()).extracting(Target::value, Target::unit, Target::object).containsExactly(
                tuple(new BigDecimal("6.5"), "%", "固定资产投资增长"), tuple(new BigDecimal("9"), "%", "社会消费品零售总额增长"),
                tuple(new BigDecimal("8"), "%", "出口增长"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aRateOfChangeInAReviewOrDatedWithoutLookingAheadStaysAFact() {
        // 深圳市龙岗区2024年政府工作报告（回顾）: 实现地区生产总值5901亿元，增长6.7%；规上工业增加值增长9.4%
        var review = draft("一、2024年工作回顾\n（一）经济回升向好态势更加巩固\n一是主要指标稳中有进。实现地区生产总值5901亿元，增长6.7%；"
                + "规上工业增加值增长9.4%。\n二、2025年重点工作\n（一）稳住工业。规上工业增加值增长8%。\n");
        assertThat(review.targets()).extracting(Target::value).containsExactly(new BigDecimal("8"));
        assertThat(review.figures()).extracting(Figure::measure, Figure::value)
                .contains(tuple("growth_pct", new BigDecimal("6.7")), tuple("growth_pct", new BigDecimal("9.4")));
        // seed 004 (a task item, no goal heading): 上半年中央、省、市、区GDP分别实现增长5.5%、3.6%、3.3%、3.4% — a result
        var dated = draft("3.要抢抓发展机遇，善于积力而举。一是要牢牢把握宏观政策调整优化的重大利好。"
                + "上半年中央、省、市、区GDP分别实现增长5.5%、3.6%、3.3%、3.4%。\n");
        assertThat(dated.targets()).isEmpty();
    }

    @Test
    void aRateNamedRightBeforeABoundedValueIsSetToo() {
        // 上海市2024年政府工作报告: …城镇调查失业率5%以内，居民消费价格涨幅3%左右
        var d = draft("一、今年主要目标\n建议今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右，地方一般公共预算收入增长5%，"
                + "全社会研发经费支出相当于全市生产总值的比例达到4.5%左右，城镇调查失业率5%以内，居民消费价格涨幅3%左右。\n");
        assertThat(d.targets()).extracting(Target::value, Target::object, Target::bound).containsExactly(
                tuple(new BigDecimal("5"), "生产总值增长", "about"), tuple(new BigDecimal("5"), "地方一般公共预算收入增长", "exact"),
                tuple(new BigDecimal("4.5"), "社会研发经费支出相当于全市生产总值的比例", "about"),
                tuple(new BigDecimal("5"), "城镇调查失业率", "at_most"), tuple(new BigDecimal("3"), "居民消费价格涨幅", "about"));
    }

    @Test
    void circledNumbersAreTheItemsOfTheListTheyStandIn() {
        // 十堰市2011年政府工作报告（十件实事，原以一、二、编号）: 解决农村10万人安全饮水问题。新建300个农村村级综合服务社、
        // 新建改造20个社区综合服务站。
        var d = draft("一、今年工作安排\n（一）办好十件实事。\n①解决农村10万人安全饮水问题。\n"
                + "②新建300个农村村级综合服务社、新建改造20个社区综合服务站。\n（二）推进城市更新。⑴改造社区公厕30个。⑵维修改造城区60条内街小巷。\n");
        assertThat(d.nodes()).extracting(Node::depth, Node::marker, Node::title).containsExactly(
                tuple(1, "一、", "今年工作安排"), tuple(2, "（一）", "办好十件实事"),
                tuple(3, "①", "解决农村10万人安全饮水问题"),
                tuple(3, "②", "新建300个农村村级综合服务社、新建改造20个社区综合服务站"),
                tuple(2, "（二）", "推进城市更新"), tuple(3, "⑴", "改造社区公厕30个"), tuple(3, "⑵", "维修改造城区60条内街小巷"));
        assertThat(d.targets()).extracting(Target::object).noneMatch(o -> o.matches("^[\\u2460-\\u2487].*"))
                .contains("改造社区公厕", "内街小巷");
    }

    @Test
    void inAListOfThingsEachWithItsCountEachCountHasItsOwnObject() {
        // 东莞市2021年政府工作报告: 年内新改扩建公办中小学45所、幼儿园18所，分别新增学位4.68万和7000个。
        var d = draft("一、今年重点工作\n（一）打造品质教育。年内新改扩建公办中小学45所、幼儿园18所，分别新增学位4.68万和7000个。\n");
        assertThat(d.targets()).extracting(Target::value, Target::unit, Target::object).containsExactly(
                tuple(new BigDecimal("45"), "所", "新改扩建公办中小学"), tuple(new BigDecimal("18"), "所", "幼儿园"),
                tuple(new BigDecimal("7000"), "个", "新增学位"));
    }
}
