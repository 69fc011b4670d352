package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 20, each rule on sentences of its own: a text without markers is split into one node per sentence, and such
 * a node is no section that looks ahead — a news report's 达到32% is a result unless the text mostly looks ahead (将,
 * 力争, 今年…) or names a plan near its top (民生实事); 元至7月 and 占计划的N% report; 基本情况 heads a review. After
 * round 6 was scored: a title saying the goals were met (目标任务…全面完成), a statistics note whose only plan word is in
 * prose (决策部署), the year before the one whose plan the text names (报告分为…二、2019年的主要工作 › 范说，2018年，…),
 * 这一年，…, a line 2022年工作回顾, a target met (圆满完成…目标任务); tables drawn with pipes whose only column is the
 * work (序号 | 项目名称), and a 项目名称 column before the work's content; a number before a tab counts nothing;
 * prices 上涨 and 下跌, a sector's 贡献度; a 执法队 with its level, a town's 党委政府, and 要求 before a body's name;
 * 较去年同期减少 said of the subject before it. After round 7 was scored: a pipe-drawn table whose header was not copied
 * (number, work, unit, progress), and a statistics note whose closing advice promises no number; a progress cell or a
 * leader's name slid into a table's unit column is no unit; 会办 is work, not a body; 交运局; collectives named by
 * their part in the work (各起草部门, 区政府各组成单位, 各项目责任单位); 两年平均增长 of the subject before it; a list whose
 * verb follows 分别 (生猪、牛、羊分别出栏…); the dead and injured of the event counted before them. After round 8 was
 * scored: a pipe-drawn table's merged row goes on on the next line; a progress column (累计完成) reports; a table saved
 * one cell per line with as many co-units as a row has and its category merged above; 协同单位 helps; a merged bureau
 * (科商经信局) is not the bureau whose short name it holds; a rate's change in points against several bases at once
 * (增速较去年同期和全年分别回落4.5、4.2个百分点) and 回升.
 */
class ReportedResultsPhrasingTest {

    @Test
    void aNewsReportWithoutMarkersStatesResults() {
        DirectiveDraft d = draft("区委全会召开\n王明说，五年来，全区经济实力稳步提升。全区产业能级持续攀升，规上工业总产值突破千亿元，"
                + "主导产业占比提升至86%，工业增加值占地区生产总值比重达到32%。\n"
                + "全区项目建设量质齐升，引进产业项目663个，其中投资过百亿元项目4个。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("1000", "32", "663", "4");
    }

    @Test
    void aNewsReportOfAPlanWithoutMarkersStillSetsTargets() {
        // most of its sentences look ahead (将): the sentences of the plan that say only the work are targets too
        DirectiveDraft d = draft("市人代会开幕\n5月12日，政府工作报告提出今年我市将推进城市提质，安排城建项目347项。\n"
                + "我市将改造34条城市道路，打通17条断头路。\n新建改造13个街头游园，实施26条人行道整修改造。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).contains("347", "34", "17", "13", "26");
        assertThat(d.figures()).isEmpty();
        // …and so are the lines of a 民生实事 list named at the top, whatever their verbs
        DirectiveDraft list = draft("2025年民生实事出炉\n经区人大票决，10件民生实事正式确定。\n完成10家规范化村卫生室建设。\n"
                + "新建ICU床位30张。\n建成幸福大院10家。\n");
        assertThat(list.targets()).extracting(t -> plain(t.value())).contains("10", "30");
    }

    @Test
    void theMonthsToDateWrittenWithADigitReport() {
        DirectiveDraft d = draft("8月17日，笔者从县统计局获悉，元至7月，该县财政总收入突破4.27亿元，比上年增长49.77%，"
                + "其中地方财政收入1.92亿元，比上年增长58.71%，预计全年财政总收入将达7亿元。\n");
        // (a promise in the sentence — 将 — no longer makes the months to date look ahead)
        assertThat(d.targets()).extracting(t -> plain(t.value())).doesNotContain("4.27", "1.92");
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("4.27", "49.77", "1.92", "58.71");
    }

    @Test
    void aShareOfThePlanReportsAndABasicSituationHeadingReviews() {
        DirectiveDraft d = draft("重点项目督查通报\n一、基本情况\n目前，全市重点项目完成投资17.74亿元，占计划的9.64%。其中：工业项目完成投资"
                + "8.49亿元，占计划的8.93%；基础设施项目完成投资2.3亿元，占计划的7.65%。\n二、下步工作\n"
                + "各县区要加快项目建设，确保年内完成投资200亿元。\n");
        assertThat(d.nodes().get(0).kind()).isEqualTo("review");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("200");
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("17.74", "8.49", "2.3", "8.93");
    }

    @Test
    void aTitleSayingTheGoalsWereMetReports() {
        DirectiveDraft d = draft("《政府工作报告》摘要：2021年全县经济社会发展各项目标任务高质量全面完成\n"
                + "据统计预测，全县地区生产总值增长12.6%达92.9亿元，一般公共预算收入增长6%达4.21亿元。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("12.6", "92.9", "6", "4.21");
    }

    @Test
    void aStatisticsNoteWhosePlanWordIsInItsProseReports() {
        DirectiveDraft d = draft("上半年，全县上下贯彻上级各项决策部署，经济运行延续向好态势。\n一、GDP同比增长6.4%\n"
                + "据初步核算，上半年全县实现生产总值145.17亿元，同比增长6.4%。\n二、第二产业稳步恢复\n"
                + "工业增加值增长3.7%，比一季度提高0.4个百分点。其中，规模以上工业增加值增长3.9%；制造业增长3.4%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("145.17", "3.7", "3.9", "3.4");
        // a heading line with a plan's word still keeps a plan's rates ahead
        DirectiveDraft plan = draft("上半年，全县经济运行延续向好态势，生产总值增长6.4%，工业增加值增长3.7%，投资增长5.1%。\n"
                + "下半年工作安排\n一、工业增加值增长8%\n");
        assertThat(plan.targets()).extracting(t -> plain(t.value())).containsExactly("8");
    }

    @Test
    void theYearBeforeTheOneWhosePlanTheTextNamesReports() {
        DirectiveDraft d = draft("区人代会开幕\n区长作政府工作报告。报告分为三个部分：一是2018年工作回顾；二、2019年的主要工作。\n"
                + "范说，2018年，我们完成一般公共预算收入160.5亿元，同比增长6.2%；预计地区生产总值将达到1400亿元，同比增长5.3%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("160.5", "1400");
    }

    @Test
    void thisYearSaidOfTheYearReviewedAndALineThatReviewsAYearReport() {
        DirectiveDraft d = draft("政府工作报告要点之一：2022年工作回顾\n2022年，是极不平凡的一年。\n这一年，我们大抓实体兴产业。\n"
                + "58个重点项目进展顺利，全年完成投资141.6亿元；签约项目79个，总投资290.5亿元。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("58", "141.6", "79", "290.5");
    }

    @Test
    void aTargetMetIsReportedAndATargetToMeetIsSet() {
        DirectiveDraft met = draft("据统计，1-5月全县预计完成投资55亿元，圆满完成市下达增16%的目标任务。\n");
        assertThat(met.targets()).isEmpty();
        DirectiveDraft toMeet = Drafted.plan("确保圆满完成全年增长8%的目标任务。");
        assertThat(toMeet.targets()).extracting(t -> plain(t.value())).containsExactly("8");
    }

    @Test
    void aNumberedListDrawnAsATableIsAListOfItems() {
        DirectiveDraft d = draft("象山县2025年民生实事项目，共3项，分别是：\n序号 | 项目名称 |\n"
                + "1 | 安康颐养项目:新改建农村互助颐养小院6个;为80周岁及以上老年人投保2.5万份意外伤害保险 |\n"
                + "2 | 名医下乡项目:建设名医基层工作站5个 |\n3 | 快递进村项目:开通运行100个客货邮村物流点 |\n");
        assertThat(d.nodes()).extracting(n -> n.marker()).containsExactly("1", "2", "3");
        assertThat(d.nodes().get(1).title()).startsWith("名医下乡项目");
        // the row's number before its tab counts nothing (3 名医…), 份 counts policies, 开通运行 is work done
        assertThat(d.targets()).extracting(t -> plain(t.value()) + t.unit())
                .containsExactly("6个", "2.5万份", "5个", "100个");
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aProjectNameColumnTitlesTheRowAndItsContentIsRead() {
        DirectiveDraft d = draft("洋县2024年十大民生实事项目清单\n序号\t项目名称\t建设地点\t2024年建设内容\t责任单位\n"
                + "1\t城北小学门前道路建设项目\t纸坊街道\t建成道路1.2公里。\t住建局\n"
                + "2\t老旧小区改造项目\t城区\t改造老旧小区12个。\t住建局\n");
        assertThat(d.nodes()).extracting(n -> n.title().substring(0, 6)).containsExactly("城北小学门前", "老旧小区改造");
        assertThat(d.targets()).extracting(t -> plain(t.value()) + t.unit()).containsExactly("1.2公里", "12个");
    }

    @Test
    void aHardshipFamilyIsWhoIsHelpedNotAProblem() {
        DirectiveDraft d = draft("2025年民生实事\n1.幸福宜居项目：完成困难家庭居所改造100家\n2.部分项目推进困难\n");
        assertThat(d.nodes()).extracting(n -> n.kind()).containsExactly("task", "problem");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("100");
    }

    @Test
    void pricesRiseAndFallAndAContributionIsAShare() {
        DirectiveDraft d = Drafted.review("7月，全区居民消费价格总水平环比上涨0.3%，累计上涨0.7%；猪肉价格下跌5%。"
                + "第二产业拉动全县GDP增长1.94个百分点，贡献度为30.5%。");
        assertThat(d.figures()).extracting(f -> f.measure() + " " + plain(f.value()))
                .contains("growth_pct 0.3", "growth_pct 0.7", "growth_pct -5", "share_pct 30.5");
    }

    @Test
    void aLawEnforcementTeamWithItsLevelIsABodyAndSoIsATownsPartyCommittee() {
        assertThat(units(draft("会议强调，县医疗集团、县疾控中心及县卫生健康综合行政执法队要结合工作分工，对各接种单位进行监督指导。\n")))
                .extracting(t -> t.toList().get(0))
                .containsExactly("县医疗集团", "县疾控中心", "县卫生健康综合行政执法队");
        assertThat(units(draft("他在查看积水后，要求柳河镇党委政府一定要加大抽排水力度。\n")))
                .extracting(t -> t.toList().get(0)).containsExactly("柳河镇党委政府");
        // 要求 is what is asked, never part of the name
        assertThat(units(draft("要求柳河镇政府一定要加大抽排水力度。\n")))
                .extracting(t -> t.toList().get(0)).containsExactly("柳河镇政府");
    }

    @Test
    void aChangeAgainstLastYearWithoutItsOwnSubjectIsOfTheSubjectBefore() {
        DirectiveDraft d = Drafted.review("一般公共预算收入1.5亿元，较去年同期减少0.47亿元，下降24.82%。");
        assertThat(d.figures()).extracting(f -> f.subject() + " " + plain(f.value())).containsExactly(
                "一般公共预算收入 1.5", "一般公共预算收入减少 0.47", "一般公共预算收入减少 -24.82");
    }

    @Test
    void aPipeDrawnTableWithoutItsHeaderIsReadRowByRow() {
        DirectiveDraft d = draft("1 | 完成27所学校教育基础设施改造提升，新安装空调970台。 | 县教育局 | 已经安装公办中小学970台空调。 | 按时序推进 |\n"
                + "|\n2 | 完成10家示范型居家养老服务照料中心建设。 | 县民政局 | 已完成设计方案，5家施工中，5家完成建设。 | 按时序推进 |\n"
                + "|\n3 | 对350户生活困难老年人家庭进行适老化改造。 | 县民政局 | 其中252户已完成改造。 | 按时序推进 |\n");
        assertThat(d.nodes()).extracting(n -> n.marker()).containsExactly("1", "2", "3");
        assertThat(d.targets()).extracting(t -> plain(t.value()) + t.unit()).containsExactly("27所", "970台", "10家", "350户");
        assertThat(units(d)).extracting(t -> t.toList().get(0)).containsExactly("县教育局", "县民政局", "县民政局");
        // the progress cells report
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("970", "252");
    }

    @Test
    void aStatisticsNoteWhoseClosingAdvicePromisesNoNumberReports() {
        DirectiveDraft d = draft("1-5月，全县经济运行保持平稳。\n一、工业增长放缓。完成规模以上工业增加值5.9亿元，增长12.6%。\n"
                + "二、投资增速回升。完成投资额14.9亿元，增长23.4%。其中：工业投资增长54.1%，房地产开发投资下降43.6%。\n"
                + "当前应抓好重点项目推进工作，确保工业经济稳中有升。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("54.1", "-43.6");
    }

    @Test
    void aProgressCellOrALeadersNameInTheUnitColumnIsNoUnit() {
        DirectiveDraft d = draft("序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
                + "1 | 为全县老年人免费接种流感疫苗24723人。 | 4月:制定工作方案。 | 县卫生健康局 | 已完成。 |\n"
                + "2 | 为全县重点人群免费开展结直肠癌筛查7400人。 | 4月:完成筛查1480人。 | 已完成。 完成筛查3495人。 | |\n");
        assertThat(units(d)).extracting(t -> t.toList().get(0)).containsExactly("县卫生健康局");
        DirectiveDraft led = draft("民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 |\n"
                + "1.改扩建泉山学校 | 完成泉山学校一期2座教学楼建设。 | 教育体育局 | 刘福利 |\n"
                + "2.推进学校塑胶运动场地建设 | 完成13处农村学校塑胶运动场地建设。 | 刘福利 | |\n");
        assertThat(units(led)).extracting(t -> t.toList().get(0)).doesNotContain("刘福利");
    }

    @Test
    void bodiesNamedByTheirPartInTheWorkAreAddressed() {
        assertThat(units(draft("林进针对存在的问题，一一进行会办落实，他要求县交运局认真研究施工计划。\n")))
                .extracting(t -> t.toList().get(0)).containsExactly("县交运局");
        assertThat(units(draft("会议要求，各起草部门要认真修改完善。区政府各组成单位要提高政治站位。各项目责任单位要加快推进。\n")))
                .extracting(t -> t.toList().get(0)).containsExactly("各起草部门", "区政府各组成单位", "各项目责任单位");
    }

    @Test
    void aTwoYearAverageIsOfTheSubjectBefore() {
        DirectiveDraft d = Drafted.review("上半年，全县生产总值27.54亿元，同比增长12.3%，两年平均增长1.7%，全市排名第七。");
        assertThat(d.figures()).extracting(f -> f.subject() + " " + f.measure() + " " + plain(f.value()))
                .contains("生产总值 growth_pct 12.3").noneMatch(x -> x.startsWith("两 "));
        assertThat(d.figures()).filteredOn(f -> plain(f.value()).equals("1.7")).extracting(f -> f.subject())
                .allMatch(x -> x.startsWith("生产总值"));
    }

    @Test
    void aListWhoseVerbFollowsFenbieHasOneFigurePerItem() {
        DirectiveDraft d = Drafted.review("生猪、牛、羊分别出栏6.4万头、1342头、1.2万只，分别增长81.8%、3.3%、5.2%。");
        assertThat(d.figures()).extracting(f -> f.subject() + " " + plain(f.value())).containsExactly(
                "生猪出栏 6.4", "牛出栏 1342", "羊出栏 1.2", "生猪出栏 81.8", "牛出栏 3.3", "羊出栏 5.2");
    }

    @Test
    void theDeadAndInjuredBelongToTheEventCountedBeforeThem() {
        DirectiveDraft d = Drafted.review("矿山事故1起，同比下降66%，死亡1人，同比下降80%，伤3人；道路交通事故38起，死亡9人，伤37人。");
        assertThat(d.figures()).extracting(f -> f.subject() + " " + plain(f.value())).contains(
                "矿山事故死亡 1", "矿山事故死亡 -80", "矿山事故伤 3", "道路交通事故死亡 9", "道路交通事故伤 37");
    }

    @Test
    void aMergedRowGoesOnAndAProgressColumnReports() {
        DirectiveDraft d = draft("序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 累计进度 |\n"
                + "1 | 促进重点群体稳定就业 | 城镇新增就业2450人 | 县人社局 | 新增就业2712人 | 110.69% |\n"
                + "“三公里”充分就业社区6个 | 6 | 100% |\n"
                + "2 | 放心家政行动 | 培训家政服务人员1185人次 | 科商经信局 | 已培训1187人次 | 100% |\n");
        assertThat(d.nodes()).extracting(n -> n.marker()).containsExactly("1", "2");
        assertThat(d.targets()).extracting(t -> plain(t.value()) + t.unit()).containsExactly("2450人", "6个", "1185人次");
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("2712", "1187");
        assertThat(d.units()).extracting(u -> u.name() + " " + u.role() + " " + u.unit())
                .contains("科商经信局 lead null");
    }

    @Test
    void aTableSavedOneCellPerLineWithAsManyCoUnitsAsARowHas() {
        DirectiveDraft d = draft("2024年民生实事任务分解方案\n序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n"
                + "1\n打造区域教育高地\n新建一批中小学校\n实施新建中小学校5家。\n区教体局\n东孝街道\n孝顺镇\n区发改局\n"
                + "2\n中小学校阳光厨房建设\n对28所中小学校食堂安装数字化验收平台。\n区教体局\n/\n"
                + "3\n“医”心为民工程\n新建村卫生室\n新建村卫生室80家。\n区卫健局\n各乡镇(街道)\n");
        assertThat(d.nodes()).extracting(n -> n.title().substring(0, 4)).containsExactly("新建一批", "中小学校", "新建村卫");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("5", "28", "80");
        assertThat(units(d)).extracting(t -> t.toList().get(0) + " " + t.toList().get(1)).containsExactly(
                "区教体局 lead", "东孝街道 co", "孝顺镇 co", "区发改局 co", "区教体局 lead", "区卫健局 lead",
                "各乡镇（街道） co");
    }

    @Test
    void aRatesChangeInPointsAgainstSeveralBasesIsOneFigurePerBase() {
        DirectiveDraft d = Drafted.review("1-8月，全市规模以上工业增加值累计增长11.5%，增速较去年同期和全年分别回落4.5、4.2个百分点；"
                + "8月当月，规上工业增加值同比增长10.8%，较上月回升0.8个百分点。");
        assertThat(d.figures()).extracting(f -> f.subject() + " " + f.measure() + " " + plain(f.value())).contains(
                "规模以上工业增加值增速 gap_pp -4.5", "规模以上工业增加值增速 gap_pp -4.2", "规上工业增加值 gap_pp 0.8");
        // the rate the clause names is the one that changed, not the subject before it
        DirectiveDraft named = Drafted.review("1-8月，全市固定资产投资增长20.1%，规上工业增加值增速较去年同期和全年分别回落4.5、"
                + "4.2个百分点。");
        assertThat(named.figures()).filteredOn(f -> f.measure().equals("gap_pp")).extracting(f -> f.subject())
                .containsExactly("规上工业增加值增速", "规上工业增加值增速");
    }
}
