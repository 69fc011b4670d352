package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Figure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FigureExtractorTest {

    private static final String SEED_000 = "去年，**区的经济运行出现较大波动，生产总值、固定资产投资、社会消费品零售总额增速分别低于全市平均水平"
            + "1个、1.7个和0.2个百分点，一般公共预算收入增速居各县（市、区）倒数第2位，与首创之区的定位要求不相适应。";

    @Test
    void aListOfSubjectsIsZippedWithItsListOfValues() {
        List<Figure> figures = Texts.figures(SEED_000);
        assertThat(figures).extracting(Figure::subject, Figure::measure, Figure::value, Figure::reference, Figure::period)
                .contains(
                        tuple("生产总值增速", "gap_pp", new BigDecimal("-1"), "全市平均水平", "去年"),
                        tuple("固定资产投资增速", "gap_pp", new BigDecimal("-1.7"), "全市平均水平", "去年"),
                        tuple("社会消费品零售总额增速", "gap_pp", new BigDecimal("-0.2"), "全市平均水平", "去年"));
    }

    @Test
    void aRankFromTheBottomIsNegative() {
        assertThat(Texts.figures(SEED_000)).filteredOn(f -> f.measure().equals("rank"))
                .extracting(Figure::subject, Figure::value, Figure::unit, Figure::reference)
                .containsExactly(tuple("一般公共预算收入增速", new BigDecimal("-2"), "位", "各县（市、区）"));
        // seed 004: 績效考核排在全市第二
        assertThat(Texts.figures("2022年，我们被评为市真抓实干激励先进单位，绩效考核排在全市第二，非常不容易。"))
                .extracting(Figure::subject, Figure::value, Figure::reference)
                .containsExactly(tuple("绩效考核", new BigDecimal("2"), "全市"));
    }

    @Test
    void aClauseWithoutSubjectSpeaksOfThePreviousOne() {
        // seed 004
        assertThat(Texts.figures("上半年我区完成地方一般公共预算收入完成4.98亿元,同比下降16.39%。"))
                .extracting(Figure::subject, Figure::measure, Figure::value, Figure::unit)
                .containsExactly(tuple("地方一般公共预算收入", "amount", new BigDecimal("4.98"), "亿元"),
                        tuple("地方一般公共预算收入", "growth_pct", new BigDecimal("-16.39"), "%"));
    }

    @Test
    void sharesAndCountsOfFactButNotTheBaseOfAPartition() {
        // seed 004: 全區規模以上工業30個大類行業中，11個行業上半年呈負增長，行業增長面僅為63%
        assertThat(Texts.figures("工业发展承压运行,全区规模以上工业30个大类行业中,11个行业上半年呈负增长,行业增长面仅为63%。"))
                .extracting(Figure::measure, Figure::value)
                .containsExactly(tuple("count", new BigDecimal("11")), tuple("share_pct", new BigDecimal("63")));
    }

    @Test
    void aBracketedShareSpeaksOfTheNounBeforeTheBracket() {
        // seed 004: 5月湘鋼工業總產值(占全區規模以上工業增加值比重31%)下降14.5%
        assertThat(Texts.figures("龙头企业增长受限,5月湘钢工业总产值(占全区规模以上工业增加值比重31%)下降14.5%,形势比较严峻。"))
                .extracting(Figure::subject, Figure::measure, Figure::value)
                .containsExactlyInAnyOrder(
                        tuple("湘钢工业总产值占全区规模以上工业增加值比重", "share_pct", new BigDecimal("31")),
                        tuple("湘钢工业总产值", "growth_pct", new BigDecimal("-14.5")));
    }

    @Test
    void onlyTheDistrictsOwnItemOfAListOfGovernmentLevelsIsItsFigure() {
        // seed 004: 上半年中央、省、市、區GDP分別實現增長5.5%、3.6%、3.3%、3.4%
        assertThat(Texts.figures("从省市来看，经济运行总体平稳。上半年中央、省、市、区GDP分别实现增长5.5%、3.6%、3.3%、3.4%。"))
                .extracting(Figure::subject, Figure::value)
                .containsExactly(tuple("区GDP", new BigDecimal("3.4")));
    }

    @Test
    void achievementsListedAfterAPastVerbAreCounts() {
        // seed 002
        assertThat(Texts.figures("一年来，我们完成了29个老旧小区改造、6条城区主干道沿线美化亮化、10条特色示范街打造、6个小游园建设等重点事项。"))
                .extracting(Figure::subject, Figure::value, Figure::unit)
                .containsExactly(tuple("老旧小区改造", new BigDecimal("29"), "个"),
                        tuple("城区主干道沿线美化亮化", new BigDecimal("6"), "条"),
                        tuple("特色示范街打造", new BigDecimal("10"), "条"), tuple("小游园建设", new BigDecimal("6"), "个"));
    }

    @Test
    void examplesFromOtherCitiesMeetingOrdinalsAndArticlesAreNotFigures() {
        // seed 002 and 000
        assertThat(Texts.figures("开放意味着创新，如1.7万家国家高新技术企业齐聚深圳，共创科技之都。")).isEmpty();
        assertThat(Texts.figures("关于今年工作，市委十一届九次全会作出了部署，省第十一次党代会指出了方向。")).isEmpty();
        assertThat(Texts.figures("近年来，如何全面加强城市建设，成为摆在我们面前的一个重大课题。")).isEmpty();
    }

    @Test
    void aLocalNameThatLooksLikeACityIsNotAnotherPlace() {
        // seed 002: 郑州办在今年1月份的全市常态化考核中排名全市第二 (郑州办 is a sub-district office)
        assertThat(Texts.figures("比如：郑州办在今年1月份的全市常态化考核中排名全市第二。"))
                .extracting(Figure::measure, Figure::value).containsExactly(tuple("rank", new BigDecimal("2")));
    }

    @Test
    void aShareOfThePlanSpeaksOfTheFigureBeforeItAndLeavesTheSubjectForWhatFollows() {
        // modelled on quarterly reviews: 完成生产总值28.39亿元，占年度计划的24.1%，同比增长16.4%
        assertThat(Texts.figures("去年一季度全区完成生产总值28.39亿元，占年度计划的24.1%，同比增长16.4%。"))
                .extracting(Figure::subject, Figure::measure, Figure::value).containsExactly(
                        tuple("生产总值", "amount", new BigDecimal("28.39")),
                        tuple("生产总值占年度计划", "share_pct", new BigDecimal("24.1")),
                        tuple("生产总值", "growth_pct", new BigDecimal("16.4")));
    }

    @Test
    void aListOfIndicatorsEachWithItsGrowthIsZippedClauseByClause() {
        // modelled on county reviews: 国内生产总值19.5亿元,增长15.6%;固定资产投资33.6亿元,增长55%
        assertThat(Texts.figures("去年全县国内生产总值19.5亿元,增长15.6%;固定资产投资33.6亿元,增长55%。"))
                .extracting(Figure::subject, Figure::value).containsExactly(
                        tuple("国内生产总值", new BigDecimal("19.5")), tuple("国内生产总值", new BigDecimal("15.6")),
                        tuple("固定资产投资", new BigDecimal("33.6")), tuple("固定资产投资", new BigDecimal("55")));
    }

    @Test
    void aRankWithoutVerbFollowsTheFigureItRanks() {
        // modelled on district work reports: 固定资产投资568亿元，增长13%，总量全市第一
        assertThat(Texts.figures("去年全区固定资产投资568亿元，增长13%，总量全市第一。"))
                .filteredOn(f -> f.measure().equals("rank"))
                .extracting(Figure::subject, Figure::value, Figure::reference)
                .containsExactly(tuple("固定资产投资总量", new BigDecimal("1"), "全市"));
    }

    @Test
    void eachItemOfAListWithItsOwnVerbHasItsOwnSubjectAndRatesPerUnitAreLeftOut() {
        // modelled on district work reports: 万元GDP水耗下降12%、电耗下降7%；地均生产总值5.4亿元/平方公里
        assertThat(Texts.figures("去年资源能源消耗明显下降，万元GDP水耗下降12%、电耗下降7%，地均生产总值5.4亿元/平方公里。"))
                .extracting(Figure::subject, Figure::value).containsExactly(
                        tuple("万元GDP水耗", new BigDecimal("-12")), tuple("电耗", new BigDecimal("-7")));
    }

    @Test
    void aPlaceInAGroupIsNotARank() {
        assertThat(Texts.figures("去年全区综合考核位居全省第一方阵，增幅12.5%。"))
                .extracting(Figure::measure).containsExactly("growth_pct");
    }
}
