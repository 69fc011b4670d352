package cn.luoshi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.plan;
import static cn.luoshi.ingest.Drafted.review;

import org.junit.jupiter.api.Test;

/**
 * The general rules written after held-out sets 9 and 10 were read (session 14, decisions 208–209,
 * docs/benchmarks-ingest.md), each on sentences of its own, not the reports': money said before the work it pays for,
 * a measure or a rate with no noun of its own, parallel clauses of a plan, the items of a list, cuts, units counted per
 * visit (处次) or by volume (万方), and a text cut from inside its review.
 */
class SpentAndParallelPhrasingTest {

    @Test
    void moneySaidFirstInItsClauseIsSpentOnTheWorkTheNextClauseNames() {
        DirectiveDraft d = review("投资3600万元，完成老城区排水管网改造8.4公里。投资2.2亿元，实施滨河公园提升工程。"
                + "投资1.1亿元的6条背街小巷改造全面完工。总投资15.6亿元的4个园区配套项目有序推进。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()), DirectiveDraft.Figure::unit)
                .contains(tuple("老城区排水管网改造投资", "3600", "万元"), tuple("滨河公园提升工程投资", "2.2", "亿元"),
                        tuple("背街小巷改造投资", "1.1", "亿元"), tuple("园区配套项目总投资", "15.6", "亿元"));
        // without a next clause the money keeps what it had; in a plan the money is no figure
        assertThat(review("全年投资4.5亿元。").figures()).extracting(DirectiveDraft.Figure::subject).containsExactly("投资");
        assertThat(plan("总投资15.6亿元的4个园区配套项目有序推进。").figures()).isEmpty();
    }

    @Test
    void aMeasureOrAChangeWithNoNounOfItsOwnIsOfTheSubjectBeforeIt() {
        DirectiveDraft d = review("空气质量优良天数达到251天，同比增加12天。城乡居民医保报销26.3万人次、金额1.7亿元。"
                + "查处违法占地38宗，面积126亩。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()))
                .contains(tuple("空气质量优良天数同比增加", "12"), tuple("城乡居民医保报销金额", "1.7"),
                        tuple("查处违法占地面积", "126"));
    }

    @Test
    void aRateWithNothingBeforeItIsTheRateOfWhatCameBefore() {
        DirectiveDraft d = review("受理12345热线诉求3.2万件，办结率99.6%。承办的52件人大代表建议和政协提案全部办结，"
                + "满意率分别达到97%和99%。政务公开平台收到咨询、建议418条，答复率和满意度均达100%。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()))
                .contains(tuple("受理12345热线诉求办结率", "99.6"), tuple("人大代表建议满意率", "97"),
                        tuple("政协提案满意率", "99"), tuple("政务公开平台收到咨询、建议答复率", "100"),
                        tuple("政务公开平台收到咨询、建议满意度", "100"));
    }

    @Test
    void parallelClausesOfAPlanGoOnFromTheTargetBeforeThem() {
        DirectiveDraft d = plan("推动总投资42亿元的华兴电子、北辰材料等9个项目竣工；总投资86亿元的城东热源、滨湖康养等16个项目开工；"
                + "总投资57亿元的智造产业园等11个项目加快实施。力争培育2—4个亿元级龙头企业，8—10个千万级特色品牌。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit)
                .containsExactly(tuple("42", "亿元"), tuple("9", "个"), tuple("86", "亿元"), tuple("16", "个"),
                        tuple("57", "亿元"), tuple("11", "个"), tuple("2", "个"), tuple("8", "个"));
        assertThat(d.targets().get(0).object()).doesNotContain("华兴电子").endsWith("总投资");
        // a clause after a target that is about something else, with no count of its own, is not pulled in
        assertThat(plan("力争新增规上企业12家，营造良好氛围，形成合力。").targets()).hasSize(1);
    }

    @Test
    void visitsAndVolumesAreUnitsAndMingLieIsARankVerb() {
        DirectiveDraft d = review("清淤疏浚河道土方12.6万方，开展联合执法检查企业935家次，整治占道经营2.3万处次。"
                + "农村户厕改造超额完成任务，名列全市第2。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::measure, f -> plain(f.value()), DirectiveDraft.Figure::unit)
                .contains(tuple("amount", "12.6", "万方"), tuple("count", "935", "家次"), tuple("count", "2.3", "万处次"),
                        tuple("rank", "2", "位"));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank")).first()
                .extracting(DirectiveDraft.Figure::subject).asString().contains("农村户厕改造");
    }

    @Test
    void aRoundHundredReachedIsANumberAndYiAloneIsMoney() {
        DirectiveDraft d = plan("力争规上工业产值达百亿，完成千件以上便民实事，一般公共预算收入突破15亿。推进“三个百亿”工程。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit, DirectiveDraft.Target::object)
                .containsExactly(tuple("100", "亿", "规上工业产值"), tuple("1000", "件", "便民实事"),
                        tuple("15", "亿", "一般公共预算收入"));
        // a hundred households in a slogan, and 百 in a word, are no numbers
        assertThat(plan("实施“百村示范”行动，推动千家万户用上清洁能源。").targets()).isEmpty();
    }

    @Test
    void oneOfAThingToBeLinkedWithDosesAndShowsAndANamesNumberInTheWork() {
        assertThat(plan("主动对接一家京津高校，承接一所北京优质中学合作办学。").targets())
                .extracting(t -> plain(t.value()), DirectiveDraft.Target::unit).containsExactly(tuple("1", "家"), tuple("1", "所"));
        DirectiveDraft d = review("累计接种流感疫苗8.6万余剂次，举办群众文化活动120余场次，优良天数同比增长9天。"
                + "投资5200万元，建成城南220千伏变电站。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()), DirectiveDraft.Figure::unit)
                .contains(tuple("接种流感疫苗", "8.6", "万剂次"), tuple("举办群众文化活动", "120", "场次"),
                        tuple("城南220千伏变电站投资", "5200", "万元"));
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject).anyMatch(s -> s.endsWith("优良天数同比增长"));
    }

    @Test
    void aListOfValuesInChineseNumeralsAndAVerbInHandThatTakesTheCountItself() {
        DirectiveDraft d = plan("推动纺织服装产值超三百亿、食品加工产值超八十亿、新能源产业规模超千亿。"
                + "抓好总投资186亿元的42个重点项目，力争年度投资超25亿元。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit, DirectiveDraft.Target::object)
                .containsExactly(tuple("300", "亿", "纺织服装产值"), tuple("80", "亿", "食品加工产值"),
                        tuple("1000", "亿", "新能源产业规模"), tuple("186", "亿元", "重点项目总投资"),
                        tuple("42", "个", "重点项目"), tuple("25", "亿元", "年度投资"));
    }

    @Test
    void aParallelClauseNamesWhatTheSpendingAfterItIsFor() {
        DirectiveDraft d = plan("加快推进总投资98亿元的31个重点项目，完成投资22亿元；其中总投资64亿元的9个省级重点项目，完成投资11亿元。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit, DirectiveDraft.Target::object)
                .containsExactly(tuple("98", "亿元", "重点项目总投资"), tuple("31", "个", "重点项目"),
                        tuple("22", "亿元", "重点项目完成投资"), tuple("64", "亿元", "省级重点项目总投资"),
                        tuple("9", "个", "省级重点项目"), tuple("11", "亿元", "省级重点项目完成投资"));
    }

    @Test
    void threeSectorsAndAStrategyAreNoCounts() {
        assertThat(plan("全力实施一个战略，紧紧围绕两个驱动，牢固树立三大理念。实施三次产业融合发展行动。").targets()).isEmpty();
        assertThat(plan("全年开展安全生产督查3次。").targets()).extracting(t -> plain(t.value())).containsExactly("3");
    }

    @Test
    void itemsOfAListShareItsHeadAndARateNamesWhatItMeasures() {
        DirectiveDraft d = review("保障性住房完成交付420套、主体封顶186套、开工建设352套。办理人大代表建议48件、政协提案63件。"
                + "深入推进企业开办事项网上办理，办理率达91.3%，位居全市第三位。实现脱贫退出312户806人，占比38%。"
                + "城区供热管网改造惠及3.4万户，进度全市排名第一。建成乡村旅游公路12条，总里程48公里。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()))
                .contains(tuple("保障性住房主体封顶", "186"), tuple("保障性住房开工建设", "352"), tuple("办理政协提案", "63"),
                        tuple("企业开办事项网上办理率", "91.3"), tuple("脱贫退出占比", "38"),
                        tuple("建成乡村旅游公路总里程", "48"));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank")).extracting(DirectiveDraft.Figure::subject)
                .containsExactly("企业开办事项网上办理率", "城区供热管网改造惠及进度");
        // a rate with a name of its own keeps it
        assertThat(review("城镇登记失业率控制在3.6%以内，森林覆盖率提高到28.4%。").figures())
                .extracting(DirectiveDraft.Figure::subject).containsExactly("城镇登记失业率", "森林覆盖率");
    }

    @Test
    void aTextCutFromInsideTheReviewReachesThePlansHeadingAtTheTop() {
        DirectiveDraft d = draft("""
                （五）全心全意办民生，社会事业全面进步
                全年城镇新增就业4100人，新建幼儿园6所。
                （六）持之以恒转作风，政府建设全面加强
                办理人大代表建议96件。
                二、2025年发展思路和工作重点
                （一）坚定不移做强实体经济，奋力在产业升级上实现新突破
                新增规上工业企业20家，新建标准化厂房10万平方米。
                （二）坚定不移深化改革开放，奋力在营商环境上实现新突破
                深化“放管服”改革，推行企业开办一日办结，引进亿元以上项目15个，优化营商环境。
                """);
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker, DirectiveDraft.Node::depth, DirectiveDraft.Node::kind)
                .containsExactly(tuple("（五）", 1, "review"), tuple("（六）", 1, "review"), tuple("二、", 1, "area"),
                        tuple("（一）", 2, "task"), tuple("（二）", 2, "task"));
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("20", "10", "15");
    }

    @Test
    void lastYearsValueRatesSaidOnceForAllAndAPackageNamedInWords() {
        DirectiveDraft d = review("全年空气质量优良天数236天，比上年214天增加22天。新建智慧停车场12个，建成率和启用率均为100%。"
                + "办理人大代表建议、政协提案85件，建议提案办结率、满意率均达100%。严格落实“八个到位”12项防汛措施。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> plain(f.value()))
                .contains(tuple("空气质量优良天数", "214"), tuple("空气质量优良天数增加", "22"),
                        tuple("新建智慧停车场建成率", "100"), tuple("新建智慧停车场启用率", "100"),
                        tuple("建议提案办结率", "100"), tuple("建议提案满意率", "100"))
                .doesNotContain(tuple("“八个到位”12项防汛措施", "8"));
        assertThat(d.figures()).extracting(f -> plain(f.value())).doesNotContain("8");
    }

    @Test
    void aGrowthRateNamedWithItsBoundAllLiftedAndTogetherIsNoCount() {
        DirectiveDraft d = draft("二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增速6.5%以上；一般公共预算收入增长8%。\n"
                + "确保剩余312名脱贫不稳定群众全部稳定脱贫。全年争列省市重点项目不少于15个，当年投资不低于12亿元。"
                + "坚持发现一起、查处一起。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit, DirectiveDraft.Target::object)
                .containsExactly(tuple("6.5", "%", "地区生产总值增速"), tuple("8", "%", "一般公共预算收入增长"),
                        tuple("312", "名", "脱贫不稳定群众"), tuple("15", "个", "争列省市重点项目"),
                        tuple("12", "亿元", "争列省市重点项目当年投资"));
    }

    @Test
    void cutsNameWhatWasCutAndAnAsciiSemicolonEndsAClause() {
        DirectiveDraft d = review("网上可办率达到96%;180项审批事项压缩时限40%，压缩材料55%以上。精简会议30%、压缩文件35%。"
                + "集中采购耗材平均降价46%。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, DirectiveDraft.Figure::measure, f -> plain(f.value()))
                .contains(tuple("审批事项时限", "growth_pct", "-40"), tuple("审批事项材料", "growth_pct", "-55"),
                        tuple("审批事项", "count", "180"), tuple("会议", "growth_pct", "-30"), tuple("文件", "growth_pct", "-35"),
                        tuple("集中采购耗材平均", "growth_pct", "-46"));
    }

    @Test
    void footnoteMarksInAListMoneyForWorkToBeFinishedAndWorkOnWhatIsCounted() {
        DirectiveDraft d = plan("全年新增省级“专精特新”企业6家、专精特新“小巨人”企业[12]2家。投资2.6亿元的城北冷链物流项目建成投产。"
                + "对24处历史遗留矿山进行综合治理。至少引入2家央企区域总部。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit)
                .containsExactly(tuple("6", "家"), tuple("2", "家"), tuple("2.6", "亿元"), tuple("24", "处"), tuple("2", "家"));
        assertThat(d.targets().get(1).object()).isEqualTo("专精特新“小巨人”企业");
        assertThat(d.targets().get(2).object()).isEqualTo("城北冷链物流项目投资");
    }

    @Test
    void aRankSaidWithItsOwnSubjectAndSpendingOfWhatWasListed() {
        DirectiveDraft d = review("全区一般公共预算收入增速位居全市第2，社会消费品零售总额增速全市第4。列入省市重点项目21个，完成投资36.5亿元。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, DirectiveDraft.Figure::measure, f -> plain(f.value()))
                .contains(tuple("一般公共预算收入增速", "rank", "2"), tuple("社会消费品零售总额增速", "rank", "4"),
                        tuple("列入省市重点项目完成投资", "amount", "36.5"));
    }

    @Test
    void anAsideAfterACountUnitsWrittenInDigitsAndAPhaseOfNamedWork() {
        DirectiveDraft d = plan("谋划实施省市重点项目18项（其中省重点3项、市重点15项），总投资126亿元，全年计划投资21亿元。"
                + "栽培菌棒8000万棒以上，电商平台买入单数达到300万单以上，完成12万对肉鸽养殖。加快推进新城二期征迁和安置房建设。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::unit)
                .contains(tuple("18", "项"), tuple("126", "亿元"), tuple("21", "亿元"), tuple("8000", "万棒"),
                        tuple("300", "万单"), tuple("12", "万对"))
                .doesNotContain(tuple("2", "期"));
        assertThat(d.targets()).filteredOn(t -> plain(t.value()).equals("21")).first()
                .extracting(DirectiveDraft.Target::object).asString().endsWith("省市重点项目投资");
        assertThat(review("举办三期青年干部培训班，参训560人次。").figures()).extracting(f -> plain(f.value()), DirectiveDraft.Figure::unit)
                .contains(tuple("3", "期"));
    }

    @Test
    void theHeadingsOfAFlatOutlineAreItsTasks() {
        DirectiveDraft flat = draft("一、抓好背街小巷整治\n今年完成背街小巷改造15条，由区城管局牵头。\n二、抓好学校建设\n新建小学2所，区教育局负责。\n");
        assertThat(flat.nodes()).extracting(DirectiveDraft.Node::kind).containsExactly("task", "task");
        // under headings with items of their own, or a plan's standard sections, they stay 方面
        DirectiveDraft nested = draft("一、抓好城市建设\n（一）背街小巷整治。今年完成背街小巷改造15条。\n（二）学校建设。新建小学2所，区教育局负责。\n"
                + "二、抓好乡村振兴\n（一）人居环境整治。完成农村改厕1200户，区农业农村局负责。\n");
        assertThat(nested.nodes()).filteredOn(n -> n.marker().equals("一、") || n.marker().equals("二、"))
                .extracting(DirectiveDraft.Node::kind).containsExactly("area", "area");
        DirectiveDraft sections = draft("一、主要目标\n全年地区生产总值增长6%左右。\n二、保障措施\n各单位要加强组织领导，压实工作责任。\n");
        assertThat(sections.nodes()).extracting(DirectiveDraft.Node::kind).doesNotContain("task");
    }
}
