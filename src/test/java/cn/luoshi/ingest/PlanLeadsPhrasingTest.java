package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 18: where a news report of a plan says its goals (预期目标) — after a lead such as 指标体系安排，具体为：, and
 * in a paragraph that opens with the years ahead (到2027年，…) before the year's goals are named.
 */
class PlanLeadsPhrasingTest {

    @Test
    void whatFollowsAnIndicatorPlansLeadIsGoals() {
        DirectiveDraft d = draft("高邮市2021年计划草案报告\n周建峰在报告中提出了2021年全市经济社会高质量发展指标体系安排，具体为："
                + "地区生产总值增长6.5%左右；规上工业增加值增长9%；注册外资实际到账达1.2亿美元。\n");
        assertThat(d.targets()).extracting(t -> tuple(plain(t.value()), t.unit()))
                .containsExactly(tuple("6.5", "%"), tuple("9", "%"), tuple("1.2", "亿美元"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aParagraphOfTheYearsAheadPlansEvenBeforeTheYearsGoals() {
        DirectiveDraft d = draft("安徽省政府工作报告\n报告指出，过去五年，全省生产总值达到4.5万亿元左右。\n"
                + "到2027年，安徽全省人均地区生产总值达到11万元以上。\n"
                + "其中，2023年主要预期目标是：全省生产总值增长6.5%左右。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("11", "6.5");
        assertThat(d.figures()).extracting(f -> plain(f.value())).containsExactly("4.5");
    }

    @Test
    void aLeaderWhoPutsForwardDemandsCountsNoDeliverables() {
        DirectiveDraft d = draft("会议精神传达\n省委书记提出了“要更加注重提高质量和效益；更加注重保障和改善民生”两个“更加注重”的要求。\n");
        assertThat(d.targets()).isEmpty();
    }

    @Test
    void aClauseOfAPlanThatOpensWithItsNumberSaysWhatThatManyWillBecome() {
        DirectiveDraft d = draft("2014年民生实事\n一是加强污水治理。加快城镇污水处理设施建设，69个没有污水处理设施的建制镇年内全部开工建设；"
                + "200家城镇农贸市场改造成为“放心市场”。\n二是抓好园区外工业项目，400万吨褐煤提质建成投产。\n");
        assertThat(d.targets()).extracting(t -> tuple(plain(t.value()), t.object()))
                .containsExactly(tuple("69", "没有污水处理设施的建制镇开工建设"), tuple("200", "城镇农贸市场改造成为"));
    }

    @Test
    void aChangeAgainstLastYearWithABoundIsAGoalsWay() {
        DirectiveDraft d = draft("2014年民生实事\n五是稳步提高低收入群众生活水平。城乡居民最低生活保障标准同比增长8%以上。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("8");
        DirectiveDraft review = draft("2013年工作回顾\n一、经济平稳增长\n全年城乡居民收入同比增长8.2%。\n");
        assertThat(review.targets()).isEmpty();
    }

    @Test
    void aProgressReportsTableSetsItsTasksAsTargetsAndNamesItsUnits() {
        DirectiveDraft d = draft("2017年政府工作报告公开挂牌督办事项上半年进展情况\n序号\n\n公开挂牌督办事项\n\n年度工作任务和目标\n\n"
                + "责任单位\n\n上半年进展\n\n1\n\n全市生产总值增长8%左右。固定资产投资增长12%左右。\n\n全市生产总值增长8%左右\n\n"
                + "市发展改革委、市财政局\n\n上半年生产总值增长7.7%\n\n2\n\n社会消费品零售总额增长10.5%左右。\n\n"
                + "全年实现社会消费品零售总额增长10.5%左右\n\n市商务局\n\n1-5月份，限上批发企业销售额增长8%\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("8", "12", "10.5");
        assertThat(Drafted.units(d)).containsExactly(tuple("市发展改革委", "owner"), tuple("市财政局", "owner"),
                tuple("市商务局", "owner"));
    }

    @Test
    void aTableSavedOneCellPerLineMayGiveARowSeveralUnitsAndASecondItem() {
        DirectiveDraft d = draft("2016年民生实事目标任务分解表\n序号\n民生实事\n责任单位\n完成时限\n1\n启动建设东湖湿地公园。\n县水务局\n"
                + "县住建局\n12月底前\n2\n新建2座人行天桥。\n县住建局\n9月投入使用\n3\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n"
                + "开工建设老年大学。\n12月底前\n4\n完成棚户区改造2836户。\n县住建局\n12月底前\n");
        assertThat(d.structure()).extracting(DirectiveDraft.Node::marker).containsExactly("1", "2", "3", "4");
        assertThat(Drafted.units(d)).containsExactly(tuple("县水务局", "owner"), tuple("县住建局", "owner"),
                tuple("县住建局", "owner"), tuple("县民政局", "owner"), tuple("县住建局", "owner"));
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("2", "2836");
    }

    @Test
    void theYearsMainIndicatorsAreGoalsWhetherLedInTheSentenceOrByALine() {
        DirectiveDraft d = draft("尧都区人代会开幕\n吴勇在《政府工作报告》中全面回顾总结了2018年工作，提出了今年经济发展的主要预期指标："
                + "全区生产总值增长6.3%左右；规模以上工业增加值增长5%左右。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("6.3", "5");
        DirectiveDraft line = draft("杨浦区政府工作报告摘要\n今年经济社会主要指标\n在提高质量和效益基础上，地区生产总值同比增长6%左右，"
                + "全社会固定资产投资总额突破300亿元。\n");
        assertThat(line.targets()).extracting(t -> plain(t.value())).containsExactly("6", "300");
        assertThat(line.figures()).isEmpty();
    }

    @Test
    void aYearsPlannedSumIsItsTargetInAProgressReportAndBatchesAreCounted() {
        DirectiveDraft d = draft("全州重点项目推进情况\n2017年我州重点项目170个，年度计划投资295.16亿元，1-9月累计完成投资229.68亿元，"
                + "完成年度计划的77.82%。项目计划总投资140亿元。\n");
        assertThat(d.targets()).extracting(t -> tuple(plain(t.value()), t.object())).containsExactly(tuple("295.16", "年度计划投资"));
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("170", "229.68", "77.82", "140");
        assertThat(draft("2024年民生实事\n全年完成食品抽检2100批次。\n").targets())
                .extracting(t -> tuple(plain(t.value()), t.unit())).containsExactly(tuple("2100", "批次"));
    }

    @Test
    void whatTheWorkIsDoneToOrAtCountedIsAPlansTarget() {
        DirectiveDraft d = draft("2025年民生实事项目\n一、农村农田水利渠系维护项目将对各乡镇老化破损闸门467处进行维修。\n"
                + "二、推进普惠性托育点建设，在5所公办幼儿园增设托班。\n三、在17个乡镇硬化道路10万平方米。\n");
        assertThat(d.targets()).extracting(t -> tuple(plain(t.value()), t.object())).containsExactly(
                tuple("467", "老化破损闸门维修"), tuple("5", "公办幼儿园增设托班"), tuple("10", "17个乡镇硬化道路"));
    }
}
