package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The rules of session 17 (decisions 236–240, docs/benchmarks-ingest.md), each on sentences of its own: what the
 * contract counts as structure (a text without markers has no nodes; a marker is written as the text has it), points
 * of reported speech that go on after ；, units addressed in meeting prose, plan lists inside a notice and the review
 * part of a 人代会 news report.
 */
class ContractViewAndNewsPhrasingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Tuple> targets(DirectiveDraft d) {
        return d.targets().stream().map(t -> tuple(plain(t.value()), t.unit(), t.object())).toList();
    }

    private static List<Tuple> markers(DirectiveDraft d) {
        return d.structure().stream().map(n -> tuple(n.depth(), n.marker())).toList();
    }

    // decision 236: the contract's structure

    @Test
    void aTextWithoutMarkersIsReviewedSentenceBySentenceButHasNoNodesInTheContract() {
        DirectiveDraft d = draft("区政府召开防汛工作会议\n会议要求，各街道要加强巡查，确保安全度汛。各街道要做好物资储备，新建避险点5个。\n");
        assertThat(d.nodes()).hasSize(2).allMatch(n -> n.marker() == null && n.kind().equals("task"));
        assertThat(d.structure()).isEmpty();
        JsonNode json = JSON.readTree(DraftJson.write(d));
        assertThat(json.get("nodes")).isEmpty();
        assertThat(json.get("targets").get(0).get("node").isNull()).isTrue();
        // the review keeps 各街道 on each task; the contract lists it once for the paragraph, under no node
        assertThat(d.units()).hasSize(2);
        assertThat(json.get("units")).hasSize(1);
        assertThat(json.get("units").get(0).get("node").isNull()).isTrue();
        assertThat(DraftScorer.score(d, new DraftScorer.Reference("t.txt", List.of(), List.of(), List.of(),
                List.of(new DraftScorer.UnitItem("各街道", null, "owner")), true, false, false, true)).units().precision())
                .isEqualTo(1.0);
    }

    @Test
    void aBracketedNumberIsWrittenAsTheTextWritesIt() {
        DirectiveDraft d = draft("一、总体要求\n(一)加强组织领导。各街道要成立专班。\n(二)强化督查问效。\n二、保障措施\n"
                + "1﹒一般公共预算收入增长6%以上。\n2﹒社会消费品零售总额增长5%以上。\n");
        assertThat(markers(d)).containsExactly(tuple(1, "一、"), tuple(2, "(一)"), tuple(2, "(二)"), tuple(1, "二、"),
                tuple(2, "1﹒"), tuple(2, "2﹒"));
    }

    // decision 237: points of reported speech

    @Test
    void thePointsOfASpeechGoOnAfterTheSemicolonThatEndsTheOneBefore() {
        DirectiveDraft d = draft("全县土地消化工作调度会召开\n何党生强调，一要强化主体责任。各镇要主动担责；二要强化问题导向。"
                + "对存在的问题要分类处置；三要强化调度。\n");
        assertThat(markers(d)).containsExactly(tuple(1, "一要"), tuple(1, "二要"), tuple(1, "三要"));
    }

    @Test
    void pointsThatOpenASentenceOfTheirOwnOrFollowAColonAndASpaceAreStructure() {
        DirectiveDraft opening = draft("区长现场办公\n区长提出四点要求。一是有关单位要高度重视，抓好抓实；二是会议定的事要立即办；"
                + "三是各部门要积极支持街道工作。\n");
        assertThat(markers(opening)).containsExactly(tuple(1, "一是"), tuple(1, "二是"), tuple(1, "三是"));
        DirectiveDraft spaced = draft("视察结束后，蔡红提出具体要求： 一是各街道办事处要主动沟通；二是各单位要尽快整改。\n");
        assertThat(markers(spaced)).containsExactly(tuple(1, "一是"), tuple(1, "二是"));
    }

    @Test
    void aNounThatBeginsWithYaoIsNoHeading() {
        DirectiveDraft d = draft("一、报告全文\n要点都在这里了。\n要稳企业。\n");
        assertThat(d.structure()).extracting(DirectiveDraft.Node::title).doesNotContain("点都在这里了").contains("稳企业");
    }

    // decision 238: units addressed in meeting prose

    @Test
    void collectivesWithTheirLeadersAndAdverbsBeforeYao() {
        DirectiveDraft d = draft("旗政府召开防汛抗旱工作会议\n会议强调，各有关部门负责人具体负责抓落实。"
                + "各镇镇长、各行业主管部门负责人要把具体任务全部落实到人。各有关单位都要列出任务清单。"
                + "各乡镇场要立即进行再动员。各级宣传部门要提高站位。各乡镇（街道）、各单位一定要提高站位。\n");
        assertThat(units(d)).contains(tuple("各有关部门", "lead"), tuple("各镇", "owner"), tuple("各行业主管部门", "owner"),
                tuple("各有关单位", "owner"), tuple("各乡镇场", "owner"), tuple("各级宣传部门", "owner"),
                tuple("各乡镇（街道）", "owner"), tuple("各单位", "owner"));
    }

    @Test
    void aListOfLocalBodiesNamedWithoutTheirLevelAndAPoliceStationThatAssists() {
        DirectiveDraft d = draft("县委书记检查创卫工作\n他要求，汉源街道办、住建局、包抓单位、社区居委会要协调联动，做好小区安全防范。"
                + "坚持各乡镇统筹，辖区公安派出所协助核实参保人员数据。\n");
        assertThat(units(d)).contains(tuple("汉源街道办", "owner"), tuple("住建局", "owner"), tuple("包抓单位", "owner"),
                tuple("社区居委会", "owner"), tuple("辖区公安派出所", "co"));
    }

    // decision 239: plan lists

    @Test
    void aHeadingThatNamesAWorkUnderAPlanTitleIsNoReview() {
        DirectiveDraft d = draft("2026年政府民生实事项目\n一、“一老一小”服务保障能力提升\n1. 改造提升1个区域性养老服务中心；\n"
                + "2. 建设100张老年人家庭照护床位；\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::kind).containsExactly("area", "task", "task");
        assertThat(targets(d)).contains(tuple("1", "个", "区域性养老服务中心"), tuple("100", "张", "老年人家庭照护床位"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aPlanTitleOnALineOfItsOwnInsideANoticeHeadsTheListAfterIt() {
        DirectiveDraft d = draft("各镇政府、街道办事处：\n现将项目印发给你们，请认真抓好落实。\n某区2026年重要民生实事项目\n"
                + "1.【健康守护】新建1个紧密型城市医疗集团；新增11个中医阁，实现有条件建设的社区卫生服务机构全覆盖；"
                + "为符合条件的老年人家庭装“一键式”智能服务终端，不少于1800户。\n");
        assertThat(targets(d)).contains(tuple("1", "个", "紧密型城市医疗集团"), tuple("11", "个", "中医阁"));
        assertThat(d.targets()).filteredOn(t -> plain(t.value()).equals("1800")).singleElement()
                .satisfies(t -> assertThat(t.object()).contains("智能服务终端").doesNotContain("医疗集团"));
        assertThat(d.figures()).isEmpty();
    }

    // decision 240: the review part of a 人代会 news report

    @Test
    void aSpeakerWhoLooksBackOpensAParagraphOfResults() {
        DirectiveDraft d = draft("某县人代会开幕\n任向军在报告中指出，2024年是关键一年。一年来，各项工作取得新成效。"
                + "全年完成地区生产总值112.96亿元，增长6.6%。\n覃永利说，过去一年，我们砥砺奋进。全年预计实现地区生产总值430亿元、增长6%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("112.96", "6.6", "430", "6");
    }

    @Test
    void linesAfterALineThatLeadsLastYearsResultsReport() {
        DirectiveDraft d = draft("政府工作报告解读\n从8个关键字里感受过去一年，朝着共同富裕目标扬帆起航。\n【和】社会和谐治理有效\n"
                + "完成18个乡镇综治中心规范化建设；\n建设高标准农田1.4万亩；\n展望新一年，将新建高标准农田2万亩。\n");
        assertThat(targets(d)).containsExactly(tuple("2", "万亩", "将新建高标准农田"));
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("18", "1.4");
    }

    @Test
    void whoCameToTheMeetingAndTheReportsPartsAreNoFigures() {
        DirectiveDraft d = draft("某县人代会开幕\n会议应到代表172人，出席本次全体会议的代表155人，符合法定人数。报告共分四个部分。"
                + "大会应到代表254人，实到215人。\n");
        assertThat(d.figures()).isEmpty();
    }

    // decision 241: set 49 (structure) and the rest of set 45, read

    @Test
    void doublePrimeQuotationMarksCloseAQuote() {
        DirectiveDraft d = draft("在全市工作会议上的讲话\n主要基于三点考虑：一是立足于“早〞。抓早抓紧，不误农时。二是立足于“快〞。"
                + "雷厉风行。三是立足于“实〞。求真务实。\n");
        assertThat(markers(d)).containsExactly(tuple(1, "一是"), tuple(1, "二是"), tuple(1, "三是"));
    }

    @Test
    void markersAfterRunsOfSpacesInALongLineStartLinesAgain() {
        DirectiveDraft d = draft("某厅2015年工作要点\n总体要求是：全面贯彻会议精神，不懈努力。 一、深入学习贯彻讲话精神，全面加强党的建设 "
                + "1.深入学习宣传讲话精神。组织专题学习。 2.不断加强高校党的建设。落实主体责任。\n");
        assertThat(markers(d)).containsExactly(tuple(1, "一、"), tuple(2, "1."), tuple(2, "2."));
    }

    @Test
    void theCollectivesOfACityAndTheLeadUnitAddressed() {
        DirectiveDraft d = draft("关于召开冬季行动推进会的通知\n请各市农委围绕冬季行动准备汇报材料。请各市尽快报送信息。各县（区）要高度重视。"
                + "各县（市、区）要抓好落实。牵头单位要强化责任担当。\n");
        assertThat(units(d)).contains(tuple("各市农委", "owner"), tuple("各市", "owner"), tuple("各县（区）", "owner"),
                tuple("各县（市、区）", "owner"), tuple("牵头单位", "owner"));
    }

    @Test
    void anAsideOfSeveralClausesAndItemsWithLongNamesKeepEachCount() {
        DirectiveDraft d = draft("2026年政府民生实事项目\n1. 农村公路道路改造17.6公里（其中：县道大修6公里，乡村道维修11.6公里）。\n"
                + "2. 冠华路中分带增设一柱双波护栏6.7公里、向阳大道中分带增设一柱双波护栏5.65公里；增设4处交叉口信号灯。\n"
                + "3. 农村公路90座三类桥梁加固维修。\n");
        assertThat(targets(d)).contains(tuple("6", "公里", "县道大修"), tuple("11.6", "公里", "乡村道维修"),
                tuple("6.7", "公里", "冠华路中分带增设一柱双波护栏"), tuple("5.65", "公里", "向阳大道中分带增设一柱双波护栏"),
                tuple("4", "处", "交叉口信号灯"), tuple("90", "座", "三类桥梁加固维修"));
    }

    @Test
    void theSizeOrStageOfOneWorkNamedBeforeItIsNoCountOfThingsDone() {
        DirectiveDraft d = draft("2026年重点工程安排\n1. 200万吨褐煤提质项目年内投产。\n2. 70米消防登高台车配备到位。\n");
        assertThat(targets(d)).extracting(t -> t.toArray()[0]).doesNotContain("200", "70");
    }

    // decision 242: sets 47 and 48, read

    @Test
    void aParagraphThatOpensWithThisYearsPlanGoesOnWithIt() {
        DirectiveDraft d = draft("区人代会开幕\n在推进乡村振兴方面，今年计划新建1.88万亩高标准农田。坚持科技兴农，深耕京津市场。"
                + "实施乡村建设行动，提升153个村生活污水处理设施，改造乡村公路65公里，建成20个人居环境示范村。\n"
                + "大会公布了2025年全县将完成的十件惠民实事。\n");
        assertThat(targets(d)).contains(tuple("1.88", "万亩", "高标准农田"), tuple("65", "公里", "改造乡村公路"),
                tuple("10", "件", "惠民实事"));
        assertThat(targets(d)).extracting(t -> t.toArray()[0]).contains("153", "20");
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aTableSavedOneCellPerLineIsReadRowByRow() {
        DirectiveDraft d = draft("区政府工作报告目标任务分解清单\n序号\n\n目标任务\n\n牵头单位\n\n配合单位\n\n1\n\n"
                + "一般公共预算收入增速与经济增长同步\n\n区财政局\n\n区税务局，各镇（街道）\n\n2\n\n财政科技经费投入增长15%以上\n\n"
                + "区财政局\n\n区科技局\n");
        assertThat(markers(d)).containsExactly(tuple(1, "1"), tuple(1, "2"));
        assertThat(units(d)).contains(tuple("区财政局", "lead"), tuple("区税务局", "co"), tuple("区科技局", "co"));
        assertThat(targets(d)).contains(tuple("15", "%", "财政科技经费投入增长"));
    }

    @Test
    void townsMarketsAndATownsGovernmentNamedWithoutTheirLevel() {
        DirectiveDraft d = draft("县政府常务会议\n会议要求，规划部门要提前介入；乡镇要做好辖区规划编制。各批发销售市场要及时联系供货商。"
                + "（四）由拦隆口人民政府负责，抽调干部加强征迁工作组力量。\n");
        assertThat(units(d)).contains(tuple("乡镇", "owner"), tuple("各批发销售市场", "owner"), tuple("拦隆口人民政府", "lead"));
    }

    // decision 243: sets 50, 51 and 52, read

    @Test
    void sectorsSystemsTwoLevelsAndAllTheBuildersAddressed() {
        DirectiveDraft d = draft("县长检查工作\n一镇五办和各行业部门要积极主动配合。住建系统要把学习宣传作为首要政治任务。"
                + "一是乡村两级要做好宣传。二是所有参建单位必须倒排工期。要求各乡镇（街道办）和各有关县直单位切实提高站位。"
                + "王区长要求区执法局、街道办事处要加强治理。县交通、交警部门要加强交通疏导。\n");
        assertThat(units(d)).contains(tuple("各行业部门", "co"), tuple("住建系统", "owner"), tuple("乡村两级", "owner"),
                tuple("所有参建单位", "owner"), tuple("各有关县直单位", "owner"), tuple("区执法局", "owner"),
                tuple("县交通", "owner"), tuple("交警部门", "owner"));
        assertThat(d.units()).filteredOn(u -> u.name().equals("住建系统")).singleElement()
                .satisfies(u -> assertThat(u.unit()).isEqualTo("县住房和城乡建设局")); // a 县 text: its own level
    }

    @Test
    void aFieldWhoseUnitsAreSaidToLeadAndTheCountiesOfACityAfterEtc() {
        DirectiveDraft d = draft("重点工作责任分解\n1. 稳定就业。责任单位：市人力社保局、市农业农村局分别牵头\n"
                + "2. 扩大投资。责任单位：市发改委、市财政局（除标注“分别牵头”外，列第一位为牵头单位）\n"
                + "3. 招商引资。牵头单位：市发改委。协同责任单位：市经信局、滁州经开区管委会等，各县、市、区政府。\n");
        assertThat(units(d)).contains(tuple("市人力社保局", "lead"), tuple("市农业农村局", "lead"), tuple("市发改委", "owner"),
                tuple("市经信局", "co"), tuple("滁州经开区管委会", "co"), tuple("各县（市、区）政府", "co"));
    }

    @Test
    void aSizeClassIsNoValueAndARankingGivesEachPlaceItsRankAndScore() {
        DirectiveDraft plan = draft("2023年重点工作\n11. 力争引进20亿级项目不少于12个、50亿级项目不少于2个。\n");
        assertThat(targets(plan)).extracting(t -> t.toArray()[0]).containsExactly("12", "2");
        DirectiveDraft ranking = draft("城市管理综合评价通报\n（一）7个评价区域排名及得分：\n第一名：中心城区，得分91.26分\n"
                + "第二名：通山县，得分90.60分\n");
        assertThat(ranking.figures()).extracting(f -> f.measure() + " " + plain(f.value()) + " " + f.subject())
                .contains("rank 1 中心城区得分", "amount 91.26 中心城区得分", "rank 2 通山县得分", "amount 90.6 通山县得分");
    }

    @Test
    void aProgressReportsItemHeadingsAreTheWorksAsSetAndItsBodyReports() {
        DirectiveDraft d = draft("2025年某区为民办实事项目一季度进展情况\n1.新增200张家庭照护床位\n目前已确定服务机构，完成评估签约50户。\n"
                + "2.新增2个社区长者食堂\n已选定两处长者食堂，目前项目建设推进顺利。\n");
        assertThat(targets(d)).contains(tuple("200", "张", "家庭照护床位"), tuple("2", "个", "社区长者食堂"));
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("50").doesNotContain("200");
    }

    @Test
    void aParagraphThatOpensWithAYearBeforeThePlannedOneReviews() {
        DirectiveDraft d = draft("某县两会开幕\n2020年，是极不平凡的一年。全年实现地区生产总值102.38亿元，增长5%；"
                + "城镇居民人均可支配收入35531元，增长6.5%。\n2021年，全县将重点抓好九项工作，力争实现地区生产总值增长8.5%。\n"
                + "报告提出了今年政府工作目标任务：规模以上工业增加值增长6%；一般公共预算收入增长3%。\n");
        assertThat(targets(d)).extracting(t -> t.toArray()[0]).contains("8.5", "6", "3").doesNotContain("102.38", "35531");
        // …完成了全年目标任务 still reports: only this year's goals after 了 lead goals
        DirectiveDraft review = draft("一、2024年工作回顾\n全区圆满完成了全年目标任务，新建学校5所。\n");
        assertThat(review.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("102.38", "5", "35531", "6.5");
    }

    // decision 244: sets 53, 54 and 55, read

    @Test
    void threePointsAfterAColonInATextWithoutMarkersAreStructure() {
        DirectiveDraft d = draft("某区召开会议\n会议指出，工作取得阶段性成效，但还存在五大问题需要进一步解决：一是体制机制需要优化；"
                + "二是招引重大项目落地还不够快；三是土地指标缺口突出。会议要求，一件一件抓落实。\n");
        assertThat(markers(d)).containsExactly(tuple(1, "一是"), tuple(1, "二是"), tuple(1, "三是"));
        assertThat(d.structure().get(2).kind()).isEqualTo("problem");
        assertThat(d.targets()).isEmpty();
    }

    @Test
    void aParagraphThatOpensBySayingItReviewsAndAnAverageYearlyGrowth() {
        DirectiveDraft d = draft("某县人代会开幕\n报告回顾了2024年的工作，过去一年，全县经济社会高质量发展迈出坚实步伐，荣获多项荣誉称号，"
                + "各项事业取得新进展。\n2024年，预计实现地区生产总值478亿元，完成一般公共预算收入36.7亿元。\n"
                + "预计全旗地区生产总值累计完成232.75亿元，年均增长3.56%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> f.measure() + " " + plain(f.value()) + " " + f.subject())
                .contains("amount 478 地区生产总值", "amount 36.7 一般公共预算收入", "growth_pct 3.56 全旗地区生产总值");
    }

    @Test
    void aCitysGovernmentSystemDottedDigitsAndTheFirstQuestion() {
        DirectiveDraft d = draft("在全市上半年经济工作会议上的讲话\n第一个问题，迎难而上，全面实现了时间任务双过半\n"
                + "⒈工业经济坚持量质并举，实现了高开高走。一是经济总量快速扩张。\n⒉服务业加快发展。\n"
                + "第二个问题，全市政府系统要全面贯彻会议精神。\n");
        assertThat(markers(d)).containsExactly(tuple(1, "第一个问题，"), tuple(2, "⒈"), tuple(3, "一是"), tuple(2, "⒉"),
                tuple(1, "第二个问题，"));
        assertThat(units(d)).contains(tuple("全市政府系统", "owner"));
    }
}
