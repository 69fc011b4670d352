package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.DirectiveDraft.Figure;
import cn.luoshi.ingest.DirectiveDrafter;
import cn.luoshi.ingest.DirectiveDraft.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rules that need the whole engine (sections, leads): each names the sentence of a genre sample behind it. */
class GeneralRulesEngineTest {

    private static DirectiveDraft draft(String text) {
        return DirectiveDrafter.create().draft("t.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.LocalDate.of(2025, 3, 15));
    }

    @Test
    void aCountWithAnActionVerbButNoForwardWordIsAFact() {
        // heldout-economic-speech: 规模以上工业企业达到186家, in a section that reports the first three quarters
        var d = draft("一、准确把握经济运行态势\n今年前三季度，全区实现地区生产总值248.3亿元，同比增长5.4%。规模以上工业企业达到186家。\n"
                + "二、全力冲刺全年目标任务\n年底前新增规模以上工业企业不少于12家。\n");
        assertThat(d.targets()).extracting(Target::value).containsExactly(new BigDecimal("12"));
        assertThat(d.figures()).extracting(Figure::measure, Figure::value)
                .contains(tuple("count", new BigDecimal("186")));
    }

    @Test
    void theItemsAfterWhatAMeetingDecidedAreCommitments() {
        // meeting-minutes: 会议议定：…2.新建改建城市道路12条，新增停车泊位3000个。
        var d = draft("一、关于城市更新工作\n会议认为，去年全区完成老旧小区改造41个。\n会议议定：\n1.今年计划改造老旧小区35个。\n"
                + "2.新建改建城市道路12条，新增停车泊位3000个。由区城管局负责。\n");
        assertThat(d.targets()).extracting(Target::value, Target::unit).containsExactly(
                tuple(new BigDecimal("35"), "个"), tuple(new BigDecimal("12"), "条"), tuple(new BigDecimal("3000"), "个"));
        assertThat(d.figures()).extracting(Figure::value).containsExactly(new BigDecimal("41"));
    }

    @Test
    void countsInATaskSectionAreTargetsWithoutAForwardWord() {
        // a gov report's 重点工作 section: 实施重点项目150个 needs neither 要 nor 今年
        var d = draft("一、2024年工作回顾\n全区实施重点项目132个。\n二、2025年重点工作\n（一）扩大有效投资。实施重点项目150个，新增入库项目80个。\n");
        assertThat(d.targets()).extracting(Target::value).containsExactly(new BigDecimal("150"), new BigDecimal("80"));
        assertThat(d.figures()).extracting(Figure::value).containsExactly(new BigDecimal("132"));
    }

    @Test
    void aPercentInAProblemItemIsAFact() {
        // plenum-speech: 三是消费恢复偏慢。社会消费品零售总额增长3.4%，比全市低1.5个百分点。
        var d = draft("一、正视问题，清醒认识当前形势\n全区经济运行总体平稳。一是投资后劲不足。固定资产投资增长2.1%。三是消费恢复偏慢。社会消费品零售总额增长3.4%，比全市低1.5个百分点。\n"
                + "二、突出重点\n（一）要抓项目。确保全年新开工项目不少于60个。\n");
        assertThat(d.targets()).extracting(Target::value).containsExactly(new BigDecimal("60"));
        assertThat(d.nodes()).filteredOn(n -> n.marker().equals("三是")).extracting(n -> n.kind()).containsExactly("problem");
        assertThat(d.figures()).extracting(Figure::measure, Figure::value).contains(
                tuple("growth_pct", new BigDecimal("3.4")), tuple("gap_pp", new BigDecimal("-1.5")));
    }

    @Test
    void aPercentWithABoundOrLevelInATaskSectionIsATarget() {
        // 生活垃圾回收利用率达到38%以上 under （三）提升治理水平: no 要 or 今年, but a level and a bound
        var d = draft("一、明确任务\n（一）加快城市更新。年内打通断头路8条。\n（二）提升治理水平。生活垃圾回收利用率达到38%以上，城市生活污水集中收集率提高到75%。\n");
        assertThat(d.targets()).extracting(Target::value, Target::unit, Target::object).containsExactly(
                tuple(new BigDecimal("8"), "条", "打通断头路"), tuple(new BigDecimal("38"), "%", "生活垃圾回收利用率"),
                tuple(new BigDecimal("75"), "%", "城市生活污水集中收集率"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void itemsOfAListOfCountsEachHaveTheirOwnSubject() {
        var d = draft("一、肯定成绩\n去年以来，全区新建城市道路18条、公园游园26个，改造老旧管网43公里。\n");
        assertThat(d.figures()).extracting(Figure::measure, Figure::value, Figure::subject).containsExactly(
                tuple("count", new BigDecimal("18"), "新建城市道路"), tuple("count", new BigDecimal("26"), "公园游园"),
                tuple("amount", new BigDecimal("43"), "改造老旧管网"));
    }

    @Test
    void anItemThatOpensWithAnActionIsATaskEvenWhenItNamesAHazard() {
        // （1）开展隐患路段整治，年底前完成整治50处: 隐患 named a problem, and its target became a fact
        var d = draft("一、突出重点领域\n（一）道路交通安全。（1）开展隐患路段整治，年底前完成整治50处。（2）加强重点车辆管理。\n");
        assertThat(d.nodes()).filteredOn(n -> n.marker().equals("（1）")).extracting(n -> n.kind()).containsExactly("task");
        assertThat(d.targets()).extracting(Target::value, Target::unit).containsExactly(tuple(new BigDecimal("50"), "处"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void whatStandsNowInATaskSectionIsAFact() {
        var d = draft("一、加快项目建设\n目前，全区在建项目86个，完成投资45亿元。今年要新开工项目30个。要加快项目前期，12月底前新开工项目20个以上。\n");
        assertThat(d.targets()).extracting(Target::value).containsExactly(new BigDecimal("30"), new BigDecimal("20"));
        assertThat(d.figures()).extracting(Figure::value).containsExactly(new BigDecimal("86"), new BigDecimal("45"));
    }

    @Test
    void numbersUnderAHeadingOnTheSituationAreFacts() {
        var d = draft("一、成绩来之不易\n全区完成固定资产投资180亿元，新增市场主体3200户。\n二、明确目标\n今年要完成固定资产投资200亿元。\n");
        assertThat(d.targets()).extracting(Target::value).containsExactly(new BigDecimal("200"));
        assertThat(d.figures()).extracting(Figure::value).containsExactly(new BigDecimal("180"), new BigDecimal("3200"));
    }

    @Test
    void anItemUnderAGoalHeadingIsNoReviewEvenWhenItsTitleEndsInGaiShan() {
        // heldout-government-plenary: 二、扎实做好今年重点工作 › 第二，聚力民生改善 › 一是抓教育
        var d = draft("二、扎实做好今年重点工作\n第一，聚力项目建设。全年新开工项目60个。\n第二，聚力民生改善。一是抓教育。秋季开学前建成投用中小学4所，新增学位5400个。\n");
        assertThat(d.targets()).extracting(Target::value)
                .containsExactly(new BigDecimal("60"), new BigDecimal("4"), new BigDecimal("5400"));
        assertThat(d.figures()).isEmpty();
    }
}
