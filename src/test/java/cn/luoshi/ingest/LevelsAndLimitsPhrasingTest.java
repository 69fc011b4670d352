package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.plan;
import static cn.luoshi.ingest.Drafted.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The general rules written after held-out sets 14 and 15 were read (session 15, decision 212,
 * docs/benchmarks-ingest.md), each on sentences of its own, not the texts': the level a growth target reaches, one
 * value said for each of a list, time limits of a service promise, money budgeted or spent before its work, named
 * items summed up by a count, and who a task list names with the parts of its lists.
 */
class LevelsAndLimitsPhrasingTest {

    @Test
    void theLevelAGrowthTargetReachesIsATargetOfTheSameMeasure() {
        DirectiveDraft d = plan("主要预期目标是：地区生产总值增长6.5%，达到512亿元；一般公共预算收入增长5%，达到28.6亿元；"
                + "规上工业增加值增长8%。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit, DirectiveDraft.Target::object)
                .containsExactly(tuple("6.5", "%", "地区生产总值增长"), tuple("512", "亿元", "地区生产总值"),
                        tuple("5", "%", "一般公共预算收入增长"), tuple("28.6", "亿元", "一般公共预算收入"),
                        tuple("8", "%", "规上工业增加值增长"));
    }

    @Test
    void oneValueSaidForEachOfAListIsATargetOrAFigureForEach() {
        DirectiveDraft d = plan("城镇居民人均可支配收入、农村居民人均可支配收入均增长7%。城乡居民人均可支配收入分别增长6.5%。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::object)
                .containsExactly(tuple("7", "城镇居民人均可支配收入增长"), tuple("7", "农村居民人均可支配收入增长"),
                        tuple("6.5", "城镇居民人均可支配收入增长"), tuple("6.5", "农村居民人均可支配收入增长"));
        DirectiveDraft r = review("城镇和农村常住居民人均可支配收入分别达41200元、19800元，分别同比增长6.1%。");
        assertThat(r.figures()).extracting(DirectiveDraft.Figure::measure, f -> plain(f.value()), DirectiveDraft.Figure::subject)
                .contains(tuple("growth_pct", "6.1", "城镇常住居民人均可支配收入"),
                        tuple("growth_pct", "6.1", "农村常住居民人均可支配收入"));
    }

    @Test
    void withinSoManyWorkingDaysIsATimeLimitOfTheWorkNamedAfterIt() {
        DirectiveDraft d = draft("一、优化审批服务\n1. 压缩审批时间。施工许可申请8个工作日内、竣工验收备案5个工作日内完成审核。"
                + "群众投诉3天内予以答复。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit, DirectiveDraft.Target::object,
                        DirectiveDraft.Target::bound)
                .containsExactly(tuple("8", "个工作日", "施工许可申请审核", "at_most"),
                        tuple("5", "个工作日", "竣工验收备案审核", "at_most"), tuple("3", "天", "群众投诉答复", "at_most"));
        // in a review, a time limit kept is no promise
        assertThat(review("施工许可申请8个工作日内完成审核。").targets()).isEmpty();
    }

    @Test
    void moneyBudgetedOrSpentBeforeItsWorkIsTheCostOfThatWork() {
        DirectiveDraft d = plan("区级财政安排3000万元产业引导资金。投资1.8亿元，实施老城区雨污分流改造。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::object)
                .containsExactly(tuple("3000", "产业引导资金"), tuple("1.8", "老城区雨污分流改造投资"));
        DirectiveDraft r = review("投资860万元为全区中小学配备智慧黑板。发放城乡低保金、特困人员供养金等资金2.3亿元。");
        assertThat(r.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()))
                .contains(tuple("智慧黑板投资", "860"), tuple("城乡低保金等资金", "2.3"));
    }

    @Test
    void namedItemsSummedUpByACountAreCountedWithoutDeng() {
        DirectiveDraft d = plan("全面建设滨江、城南两个滨水公园。率先上线智慧停车、智慧养老2个应用场景。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit, DirectiveDraft.Target::object)
                .containsExactly(tuple("2", "个", "滨水公园"), tuple("2", "个", "应用场景"));
    }

    @Test
    void existingAfterAVerbDoesNotMakeAPlanSentenceAReport() {
        DirectiveDraft d = plan("新建2万亩高标准农田，提升现有农业园区。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::object)
                .containsExactly(tuple("2", "高标准农田"));
        assertThat(review("现有规上企业186家。").targets()).isEmpty();
    }

    @Test
    void aPlansSizeAndASizeClassAreNotPromisesOrAmounts() {
        DirectiveDraft r = review("年初谋划实施1000万元以上项目86个，计划总投资320亿元。");
        assertThat(r.targets()).isEmpty();
        assertThat(r.figures()).extracting(DirectiveDraft.Figure::measure, f -> plain(f.value()))
                .containsExactly(tuple("count", "86"), tuple("amount", "320"));
    }

    @Test
    void firstPlaceAndARateHeldDownAreFigures() {
        DirectiveDraft r = review("高龄津贴发放标准排全市首位。城镇登记失业率控制到3.2%。");
        assertThat(r.figures()).extracting(DirectiveDraft.Figure::measure, f -> plain(f.value()), DirectiveDraft.Figure::subject)
                .containsExactly(tuple("rank", "1", "高龄津贴发放标准"), tuple("share_pct", "3.2", "城镇登记失业率"));
    }

    @Test
    void everyBodyOfARoleListTakesTheRoleEvenWhenTheListsDoNotKnowIt() {
        DirectiveDraft d = draft("一、加快项目建设\n1. 加强项目储备。建立项目库。(区发改局牵头,区财政局、区创城办、区城投公司等部门,"
                + "区级相关部门、各街道办事处配合)\n");
        assertThat(d.units()).extracting(DirectiveDraft.UnitMention::name, DirectiveDraft.UnitMention::role)
                .containsExactly(tuple("区发改局", "lead"), tuple("区财政局", "co"), tuple("区创城办", "co"),
                        tuple("区城投公司", "co"), tuple("区级相关部门", "co"), tuple("各街道办事处", "co"));
    }

    @Test
    void whatTheMeetingHeardIsNoTask() {
        DirectiveDraft d = draft("区政府召开城建工作调度会\n3月2日，区长主持召开城建工作调度会。\n"
                + "会议听取了区住房和城乡建设局2024年工作总结，安排部署了下一步工作。\n"
                + "会议要求，要加快推进城市更新，抓好老旧小区改造。\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::title).noneMatch(t -> t.startsWith("会议听取"));
    }

    @Test
    void aPassageQuotedFromTheReportIsItsWordsNotAName() {
        DirectiveDraft d = draft("县人代会开幕\n“2025年全县经济社会发展的主要预期目标是：生产总值增长6%以上，服务业增加值增长8%以上……”"
                + "一个个具体的目标，令人振奋。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::object)
                .containsExactly(tuple("6", "生产总值增长"), tuple("8", "服务业增加值增长"));
        // a short quoted name still counts nothing
        assertThat(plan("打造“15分钟生活圈”示范社区。").targets()).isEmpty();
    }

    @Test
    void aTextTitledAsAPlanSetsGoalsThroughout() {
        DirectiveDraft d = draft("2025年滨河区政府实事项目安排\n01\n完成30台多层住宅电梯加装\n*为8个住宅小区新增电动自行车充电设施\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("30", "8");
        DirectiveDraft progress = draft("2025年滨河区政府实事项目进展情况\n完成30台多层住宅电梯加装。\n");
        assertThat(progress.targets()).isEmpty();
        // a register of progress still lists the tasks with their planned dates
        DirectiveDraft register = draft("2025年滨河区民生实事进展情况登记表\n序号\t工作任务\t计划完成时间\t牵头单位\n"
                + "1\t新建城市口袋公园2处。\t11月\t区建设局\n");
        assertThat(register.targets()).extracting(t -> plain(t.value())).containsExactly("2");
    }

    @Test
    void aStretchGoalAndTwoValuesForTownAndCountry() {
        DirectiveDraft d = plan("地区生产总值增长6%，力争7%；城乡居民人均可支配收入分别增长6%、7%以上。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::object)
                .containsExactly(tuple("6", "地区生产总值增长"), tuple("7", "地区生产总值增长"),
                        tuple("6", "城镇居民人均可支配收入增长"), tuple("7", "农村居民人均可支配收入增长"));
    }

    @Test
    void monthsToDateInWordsAndANewsBylineReport() {
        DirectiveDraft d = draft("本报讯 （记者王明 通讯员李华） 前三季度，全县经济稳中向好。\n"
                + "一至九月，全县完成生产总值56.7亿元，增长7.5%；固定资产投资105亿元，增长12.9%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("56.7", "7.5", "105", "12.9");
    }
}
