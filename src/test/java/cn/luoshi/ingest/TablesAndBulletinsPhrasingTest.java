package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.units;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The general rules written after held-out sets 18 and 19 were read (session 15, decision 214,
 * docs/benchmarks-ingest.md), each on text of its own: task tables as offices lay them out, every unit of a label
 * field, lists of short names closed by 等…部门, and texts that only report (statistics bulletins, a review's 争取).
 */
class TablesAndBulletinsPhrasingTest {


    @Test
    void aTableWithHeadingsBetweenItsRowsAndSpreadOutHeadersIsReadRowByRow() {
        DirectiveDraft d = draft("2024年区政府工作报告重点任务分解表\n"
                + "序号\t重点工作任务\t主要责任单位\t协同配合单位\n"
                + "一、主要预期目标\n"
                + "1\t地区生产总值增长6%左右。\t区发改委\t区统计局、各乡镇人民政府、滨河经开区管委会\n"
                + "二、扩大有效投资\n"
                + "2\t新建农村公路40公里。\t区交通局\t区财政局\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker).containsSubsequence("1", "2");
        assertThat(units(d)).containsExactly(tuple("区发改委", "lead"), tuple("区统计局", "co"),
                tuple("各乡镇人民政府", "co"), tuple("滨河经开区管委会", "co"), tuple("区交通局", "lead"),
                tuple("区财政局", "co"));
        DirectiveDraft spread = draft("序号\t任 务 名 称\t指 标 要 求\t牵 头 部 门\t配 合 部 门\n"
                + "1\t一般公共预算收入\t增长5%\t区财政局\t区税务局、各街道办事处\n"
                + "2\t2025年预期目标\t区发展改革委\t\n");
        assertThat(spread.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::object)
                .contains(tuple("5", "一般公共预算收入增长"));
        assertThat(units(spread)).contains(tuple("区财政局", "lead"), tuple("区税务局", "co"));
    }

    @Test
    void everyUnitOfALabelFieldIsResponsibleKnownOrNot() {
        DirectiveDraft d = draft("一、主要预期目标\n1.地区生产总值增长6%左右。\n牵头单位:区发改局\n"
                + "责任单位:滨河经济开发区,全区经济运行各专班,税务局\n");
        assertThat(units(d)).containsExactly(tuple("区发改局", "lead"), tuple("滨河经济开发区", "co"),
                tuple("全区经济运行各专班", "co"), tuple("税务局", "co"));
    }

    @Test
    void shortNamesListedBeforeDengBuMenAreEachResponsible() {
        DirectiveDraft d = draft("区政府召开常务会议\n会议强调，环保、住建、城管、环卫等相关部门要明确职责分工。"
                + "会议要求，区市场监管局牵头，卫健、教体、民政等行业主管部门密切配合，开展隐患排查。"
                + "区纪委（区监委）负责全程跟踪。环保局以及各街道办事处要巩固成绩。\n");
        assertThat(units(d)).contains(tuple("环保", "owner"), tuple("住建", "owner"), tuple("城管", "owner"),
                tuple("环卫", "owner"), tuple("卫健", "co"), tuple("教体", "co"), tuple("民政", "co"),
                tuple("各街道办事处", "owner"));
        assertThat(d.units()).anyMatch(u -> u.name().startsWith("区纪委") && u.role().equals("lead"));
    }

    @Test
    void aStatisticsBulletinOnlyReports() {
        DirectiveDraft d = draft("2024年滨河区国民经济和社会发展统计公报\n一、农业\n全年实现农林牧渔总产值65.2亿元，增长3.1%。"
                + "第一产业实现增加值41.7亿元，增长3.2%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()))
                .contains(tuple("第一产业增加值", "41.7"));
    }

    @Test
    void aReviewsZhengquAndTargetCompaniesPromiseNothing() {
        DirectiveDraft d = review("争取上级转移支付28.4亿元、专项资金19.6亿元。拜访目标企业120家，签约亿元以上项目21个。");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("28.4", "19.6", "120", "21");
        DirectiveDraft news = draft("本报讯 今年上半年以来，滨河区经济稳中向好。第一产业增加值增长2.5%，第二产业增加值增长4.4%。\n");
        assertThat(news.targets()).isEmpty();
    }

    @Test
    void aShareOfTheWholeNamedBeforeAndDeclinesOnTheSameBasis() {
        DirectiveDraft d = review("在规上工业增加值中，制造业增加值占90.6%。一般公共预算收入70.1亿元，同口径下降19.4%。"
                + "申请专项债券资金13.8亿元，净增5.2亿元。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::measure, f -> plain(f.value()), DirectiveDraft.Figure::subject)
                .contains(tuple("share_pct", "90.6", "制造业增加值占规上工业增加值"),
                        tuple("growth_pct", "-19.4", "一般公共预算收入"), tuple("amount", "5.2", "申请专项债券资金净增"));
    }

    @Test
    void aTableWithEmptyCellsBlankLinesAndLongOrTraditionalHeadersIsStillATable() {
        DirectiveDraft d = draft("序号\t名称\t工作任务\t牵头责任单位\n\n一、主要预期目标分解\n\n"
                + "1\t\t地区生产总值增长7%以上。\t发改委\n2\t\t一般公共预算收入增长8%以上。\t财政局\n");
        assertThat(units(d)).containsExactly(tuple("发改委", "lead"), tuple("财政局", "lead"));
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("7", "8");
        DirectiveDraft wide = draft("序号\t重点工作任务\t牵头领导\t牵头责任单位\t配合责任单位\t2025年1-3月份进度安排说明\n"
                + "5\t新增托育机构2所以上。\t王明\t县卫健委\t县直有关单位\t开展摸底\n");
        assertThat(units(wide)).containsExactly(tuple("县卫健委", "lead"), tuple("县直有关单位", "co"));
        DirectiveDraft traditional = draft("序號\t項目名稱\t建設內容\t責任單位\n1\t城北小學門前道路建設項目\t建成道路1.2公里。\t住建局\n");
        assertThat(units(traditional)).containsExactly(tuple("住建局", "owner"));
    }

    @Test
    void aLabelOnALineOfItsOwnLabelsTheNextLine() {
        DirectiveDraft d = draft("具体任务\n建成中医院门诊楼，举办第四届运动会。\n牵头单位\n卫健局、文旅局\n配合单位\n各乡镇\n");
        assertThat(units(d)).containsExactly(tuple("卫健局", "lead"), tuple("文旅局", "lead"), tuple("各乡镇", "co"));
    }

    @Test
    void aBodyWithoutItsLevelThatTakesTheLeadAndCollectivesOfDepartmentsAndUnits() {
        DirectiveDraft d = draft("县长专题研究河道清理整治工作\n会议强调，第一河务局要切实发挥牵头作用，督促指导各有关单位协调配合。"
                + "卫健委要持续发挥好牵头抓总作用；各相关部门单位要增强责任感；各相关责任部门要强化协作。\n");
        assertThat(units(d)).contains(tuple("第一河务局", "lead"), tuple("各有关单位", "co"), tuple("卫健委", "lead"),
                tuple("各相关部门单位", "owner"), tuple("各相关责任部门", "owner"));
    }

    /** Session 16 (decision 228): a list summed up by its count before the measure it shares. */
    @Test
    void aListSummedUpByItsCountSharesItsRankAndTheCountIsNoFigure() {
        DirectiveDraft d = draft("某县三季度经济运行通报\n主要经济指标中，工业增加值、工业投资、一般公共预算收入3项指标增速全市第一，"
                + "社会消费品零售总额、5000万元以上项目投资2项指标增速全市第二。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()))
                .containsExactlyInAnyOrder(tuple("工业增加值增速", "1"), tuple("工业投资增速", "1"), tuple("一般公共预算收入增速", "1"),
                        tuple("社会消费品零售总额增速", "2"), tuple("5000万元以上项目投资增速", "2"));
    }

    /** Session 16 (decision 232): a text of measured changes with no word of promise reports, title or not. */
    @Test
    void measuredChangesWithNoWordOfPromiseReportAndAChangeSinceTheYearsStartIsOfItsSubject() {
        DirectiveDraft d = draft("一季度，全县实现地区生产总值48.6亿元，增长4.2%。\n一、农业生产基本稳定\n全县实现农林牧渔总产值8.1亿元，"
                + "增长0.9%。生猪出栏14.2万头，下降6.5%。\n二、金融运行平稳\n3月末，金融机构各项贷款余额96.4亿元，比年初增长5.1%。\n"
                + "三、服务业较快增长\n全县实现第三产业增加值30.2亿元，按可比价计算增长5.3%，较上年同期提高1.2个百分点。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, DirectiveDraft.Figure::measure, f -> plain(f.value()))
                .contains(tuple("金融机构各项贷款余额", "growth_pct", "5.1"), tuple("农林牧渔总产值", "amount", "8.1"),
                        tuple("生猪出栏", "growth_pct", "-6.5"), tuple("第三产业增加值", "growth_pct", "5.3"));
    }
}
