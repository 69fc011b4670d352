package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The rules written after held-out sets 29 and 31 were read (session 16, decisions 221 and 223–224,
 * docs/benchmarks-ingest.md), each on sentences of its own: how 民生实事 lists, target lists and 人代会 news state what is
 * to be done — floors, works done to things counted, shares of what is to reach a state, markers on lines of their own.
 */
class PlanListsPhrasingTest {

    private static List<Tuple> targets(DirectiveDraft d) {
        return d.targets().stream().map(t -> tuple(plain(t.value()), t.unit(), t.object())).toList();
    }

    @Test
    void aFloorOrACeilingIsATargetUnderATitleOfTargetsAndTasks() {
        DirectiveDraft d = draft("某区2025年农业农村重点工作目标任务\n一、确保粮食安全\n粮食播种面积不低于5.2万亩，肉类总产量不低于2600吨。\n");
        assertThat(targets(d)).contains(tuple("5.2", "万亩", "粮食播种面积"), tuple("2600", "吨", "肉类总产量"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void worksDoneToThingsCountedAreTargets() {
        DirectiveDraft d = plan("对辖区60条背街小巷破损路面进行维修更换。提档升级9个小区健身设施。提升15所中小学、幼儿园基础设施。"
                + "在全区30个社区建设便民服务站。新购置80辆新能源公交车，优化调整3条线路。");
        assertThat(targets(d)).contains(tuple("60", "条", "背街小巷破损路面进行维修更换"), tuple("9", "个", "小区健身设施"),
                tuple("15", "所", "中小学、幼儿园基础设施"), tuple("80", "辆", "新能源公交车"), tuple("3", "条", "线路"));
        assertThat(targets(d)).extracting(t -> t.toArray()[0]).contains("30");
    }

    @Test
    void theShareOfWhatIsToReachAStateIsSaidAfterTheRate() {
        DirectiveDraft d = plan("力争85%以上的村生活垃圾得到治理，不低于40%的行政村生活污水得到有效治理。");
        assertThat(targets(d)).contains(tuple("85", "%", "村生活垃圾得到治理"), tuple("40", "%", "行政村生活污水得到有效治理"));
    }

    @Test
    void squareMetresDanAKindOfCourtAndASizeClassInsideACount() {
        DirectiveDraft d = plan("完成约12万㎡老旧住区整治，烟叶产量25万担以上。建成3人制篮球场15个。"
                + "完成超120个50户以上木质房屋村寨给水管网建设。");
        assertThat(targets(d)).contains(tuple("12", "万㎡", "老旧住区整治"), tuple("25", "万担", "烟叶产量"),
                tuple("15", "个", "建成3人制篮球场"), tuple("120", "个", "50户以上木质房屋村寨给水管网建设"));
        assertThat(targets(d)).extracting(t -> t.toArray()[1]).doesNotContain("人", "户");
    }

    @Test
    void screeningForThoseItIsForIsATarget() {
        DirectiveDraft d = plan("为全州6万名35-64岁妇女免费做宫颈癌筛查。");
        assertThat(targets(d)).extracting(t -> t.toArray()[0], t -> t.toArray()[1]).contains(tuple("6", "万名"));
    }

    @Test
    void aMarkerOnALineOfItsOwnNumbersTheNextLine() {
        DirectiveDraft d = draft("某县人大会议开幕\n报告明确，今年将办好十件民生实事。\n（一）\n促进就业，开展职业技能培训2万人次。\n"
                + "（二）\n办好教育，新建、改扩建公办幼儿园、小学15所。\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker).containsExactly("（一）", "（二）");
        assertThat(targets(d)).contains(tuple("15", "所", "新建、改扩建公办幼儿园、小学"));
    }

    @Test
    void anItemOnALineOfItsOwnMayHaveClausesAndBulletsAreNotWrappedLines() {
        DirectiveDraft d = draft("某县民生实事项目公告\n一、实施道路畅通工程，新建改造道路8条；新增停车位600个。\n二、实施危房改造，消除30个隐患点。\n"
                + "三、推进公交改革，新增公交车辆15辆。\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker).containsExactly("一、", "二、", "三、");
        DirectiveDraft bullets = draft("2025年某区政府实事项目安排\n03\n新增就业8000人\n*帮助300名长期失业青年实现就业\n开展职业培训4000人次\n");
        assertThat(targets(bullets)).contains(tuple("8000", "人", "新增就业"), tuple("4000", "人次", "开展职业培训"));
    }

    @Test
    void theSentencesAfterTheLeadOfAListOfWorksLookAhead() {
        DirectiveDraft d = draft("某区织密民生保障网\n本报讯 区人代会公布了16项惠民实事。\n16项惠民实事如下：完成10个小区二次供水设施改造。"
                + "新（改）建公厕12座，新增公共停车泊位600个。全区老年人意外伤害险覆盖率达到65%。\n");
        assertThat(targets(d)).extracting(t -> t.toArray()[0]).contains("10", "600", "65");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::value).map(Drafted::plain).doesNotContain("600", "65");
    }

    @Test
    void shortLinesOfAPlanThatNameWhatIsToBeAreTargetsEachOnItsOwn() {
        DirectiveDraft d = draft("2025年某区政府实事项目安排\n06\n*新增12家社区老年助餐点\n3家长者照护之家\n80个农村睦邻互助点\n"
                + "*300张养老床位\n");
        assertThat(targets(d)).contains(tuple("3", "家", "长者照护之家"), tuple("80", "个", "农村睦邻互助点"),
                tuple("300", "张", "养老床位"));
    }

    @Test
    void labelsAndTheirUnitsOnLinesOfTheirOwnStayOneField() {
        DirectiveDraft d = draft("某县重点工作任务分解\n全面提升公共卫生服务能力，创建国家卫生县城。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n");
        assertThat(Drafted.units(d)).contains(tuple("卫健局", "lead"), tuple("文旅局", "lead"), tuple("各乡镇", "co"));
    }

    @Test
    void whatIsDoneAloneIsDoneToTheWorkNamedBeforeIt() {
        DirectiveDraft d = plan("推动既有住宅加装电梯建设，新开工300台，完工120台。新建学校食堂5个，完成改造8个。");
        assertThat(targets(d)).contains(tuple("300", "台", "既有住宅加装电梯新开工"), tuple("120", "台", "既有住宅加装电梯完工"),
                tuple("5", "个", "新建学校食堂"), tuple("8", "个", "学校食堂完成改造"));
    }

    @Test
    void aQuotedNameInsideAnObjectAndHowBigAWorkIsBelongToIt() {
        DirectiveDraft d = plan("推进15个社区“宝宝屋”扩优提质。开设30个小学生爱心暑托班、10个小学生爱心寒托班。"
                + "在重点公共场所增配100台自动式体外除颤器（AED）。实施城南安置小区建设工程，占地120亩，总面积15万平方米。");
        assertThat(targets(d)).contains(tuple("15", "个", "社区宝宝屋扩优提质"), tuple("30", "个", "小学生爱心暑托班"),
                tuple("10", "个", "小学生爱心寒托班"), tuple("100", "台", "自动式体外除颤器"), tuple("120", "亩", "城南安置小区占地"),
                tuple("15", "万平方米", "城南安置小区总面积"));
    }

    @Test
    void aResultMeasuredAgainstItsPlanIsAFigure() {
        DirectiveDraft d = draft("某区重点民生实事\n生活污水处理能力提升\n完成投资4.8亿元，比年度计划高11个百分点。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::measure, f -> plain(f.value()))
                .contains(tuple("amount", "4.8"), tuple("gap_pp", "11"));
    }

    @Test
    void whatIsIntendedExistingThingsCountedAndNewResultsToAchieveLookAhead() {
        DirectiveDraft d = draft("某县2025年乡村振兴工作要点\n（一）取得人居环境整治新成绩。力争80%以上的村生活垃圾得到治理，卫生厕所普及率达85%左右。\n"
                + "（二）推进项目建设。一季度拟开工重点项目26个。拆除北站等4个现有收费站。\n");
        assertThat(targets(d)).contains(tuple("85", "%", "卫生厕所普及率"), tuple("26", "个", "拟开工重点项目"),
                tuple("4", "个", "现有收费站"));
    }

    @Test
    void theTextsOwnProvinceIsNoOtherPlaceAndAYearsPlanPromises() {
        DirectiveDraft d = draft("今年河北预计实现生产总值增长6.5%左右目标\n河北省第十三届人民代表大会第二次会议今天开幕。\n"
                + "政府工作报告指出，2019年，河北经济社会发展的主要预期目标是：全省生产总值增长6.5%左右，一般公共预算收入增长6%左右。"
                + "2019年计划减少农村贫困人口110万人，18个县通过脱贫摘帽考核验收。\n");
        assertThat(targets(d)).contains(tuple("6", "%", "一般公共预算收入增长"), tuple("110", "万人", "减少农村贫困人口"));
        assertThat(targets(d)).extracting(t -> t.toArray()[0]).contains("18");
        DirectiveDraft elsewhere = draft("某区2025年工作要点\n一、学习先进\n深圳全年新增市场主体50万户。\n");
        assertThat(elsewhere.targets()).isEmpty();
    }

    @Test
    void twoDigitItemNumbersOpenTheLinesOfAList() {
        DirectiveDraft d = draft("26件！2025年某市重点民生事项出炉\n报告梳理了2025年重点民生事项清单，具体内容如下：\n"
                + "01 新改扩建公办幼儿园8所，新增公办园学位1800个\n02 新改建中小学9所，新增义务教育学位1万个\n"
                + "03\n新增3岁以下婴幼儿托位2000个\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker).containsExactly("01", "02", "03");
        assertThat(targets(d)).contains(tuple("8", "所", "新改扩建公办幼儿园"), tuple("1800", "个", "新增公办园学位"),
                tuple("9", "所", "新改建中小学"), tuple("2000", "个", "新增3岁以下婴幼儿托位"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aStandardRaisedFromOneValueToAnotherPromisesOnlyTheNewOne() {
        DirectiveDraft d = plan("将城乡低保标准由每人每月600元提高至650元。孤儿基本生活最低养育标准由每人每月1800元、1500元统一提高到2000元。");
        assertThat(targets(d)).containsExactly(tuple("650", "元", "城乡低保标准"), tuple("2000", "元", "孤儿基本生活最低养育标准"));
    }

    @Test
    void aHeadingLineWithoutAMarkerSetsTheGoalsOfWhatFollows() {
        DirectiveDraft d = draft("某县政府工作报告部署今年工作\n县长在县人代会上作政府工作报告，总结成绩客观实在，谋划工作求真务实，得到代表们的一致赞许。\n"
                + "主要目标\n生产总值增长7.5%左右，全社会固定资产投资增长10%左右，社会消费品零售总额增长8%左右。\n");
        assertThat(targets(d)).extracting(t -> t.toArray()[0]).containsExactly("7.5", "10", "8");
        assertThat(d.figures()).isEmpty();
    }
}
