package cn.luoshi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indicator rules on the seeds' own numbers (000 and 004). */
class IndicatorRulesTests {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void growthIsLevelOverLevelWhereThatIsThePublishedRule() {
        // 004: 地方一般公共预算收入完成4.98亿元，同比下降16.39% → last year 5.9563亿元
        assertThat(IndicatorMath.growth(d("4.98"), d("5.9563"))).isEqualByComparingTo("-16.39");
        assertThat(IndicatorMath.growth(d("1"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void seed000GapsToTheCityAverageAreOnePointSevenAndPointTwo() {
        assertThat(IndicatorMath.gap(d("3.4"), d("4.4"))).isEqualByComparingTo("-1");
        assertThat(IndicatorMath.gap(d("2.1"), d("3.8"))).isEqualByComparingTo("-1.7");
        assertThat(IndicatorMath.gap(d("5.6"), d("5.8"))).isEqualByComparingTo("-0.2");
        assertThat(IndicatorMath.points(IndicatorMath.gap(d("3.4"), d("4.4")))).isEqualTo("1");
        assertThat(IndicatorMath.points(IndicatorMath.gap(d("2.1"), d("3.8")))).isEqualTo("1.7");
    }

    @Test
    void seed004GdpOfNationProvinceCityDistrictReadAsPublished() {
        assertThat(IndicatorMath.plain(d("5.50"))).isEqualTo("5.5");
        assertThat(IndicatorMath.gap(d("3.4"), d("3.3"))).isEqualByComparingTo("0.1");
    }

    @Test
    void secondFromBottomAmongPeersWithTiesSharingAPlace() {
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        revenue.put("A县", d("8.1"));
        revenue.put("B区", d("6.0"));
        revenue.put("C区", d("6.0"));
        revenue.put("D市", d("2.3"));
        revenue.put("本区", d("-16.39"));
        revenue.put("E县", d("-20.5"));
        revenue.put("F县", null);
        PeerRank mine = PeerRank.of("本区", revenue, true);
        assertThat(mine).isEqualTo(new PeerRank(5, 2, 6));
        assertThat(mine.words()).isEqualTo("居各县（市、区）倒数第2位");
        assertThat(PeerRank.of("B区", revenue, true)).isEqualTo(new PeerRank(2, 4, 6));
        assertThat(PeerRank.of("C区", revenue, true).position()).isEqualTo(2);
        assertThat(PeerRank.of("D市", revenue, true).position()).isEqualTo(4);
        assertThat(PeerRank.of("A县", revenue, true).words()).isEqualTo("居各县（市、区）第1位");
        assertThat(PeerRank.of("F县", revenue, true)).isNull();
        assertThat(PeerRank.table(revenue, true).values()).containsExactly(1, 2, 2, 4, 5, 6);
    }

    @Test
    void lowerIsBetterRanksTheSmallestFirst() {
        Map<String, BigDecimal> energy = Map.of("本区", d("-3.0"), "A县", d("1.0"), "B县", d("-1.0"));
        assertThat(PeerRank.of("本区", energy, false).position()).isEqualTo(1);
    }

    @Test
    void seed004NineteenOfThirtyClassesGrowingIsSixtyThreePercentAndElevenNegative() {
        List<BigDecimal> classes = new ArrayList<>();
        classes.addAll(Collections.nCopies(19, d("4.2")));
        classes.addAll(Collections.nCopies(11, d("-14.5")));
        classes.add(null); // a class without a published figure ("—") is not reported
        GrowthArea area = GrowthArea.of(classes);
        assertThat(area).isEqualTo(new GrowthArea(30, 19, 11));
        assertThat(area.percent()).isEqualByComparingTo("63");
        assertThat(area.words()).isEqualTo("全区规模以上工业30个大类行业中，11个行业呈负增长，行业增长面为63%");
        assertThat(GrowthArea.of(List.of()).percent()).isNull();
    }

    @Test
    void pullAndContributionOfAnEnterpriseAndItsShare() {
        // 湘钢: 占全区规模以上工业增加值比重31%，下降14.5%
        BigDecimal before = d("36.26");
        BigDecimal now = d("31.00"); // −14.5%
        BigDecimal totalNow = d("100");
        BigDecimal totalBefore = d("104");
        assertThat(IndicatorMath.growth(now, before)).isEqualByComparingTo("-14.51");
        assertThat(IndicatorMath.share(now, totalNow)).isEqualByComparingTo("31");
        assertThat(IndicatorMath.pull(now, before, totalBefore)).isEqualByComparingTo("-5.06");
        assertThat(IndicatorMath.contribution(now, before, totalNow, totalBefore)).isEqualByComparingTo("131.5");
        assertThat(IndicatorMath.contribution(now, before, totalBefore, totalBefore)).isNull();
    }

    @Test
    void remainingMonthsNeedForTheAnnualTarget() {
        // "1–10月增长4.1%，全年目标6%，后两个月需增长X%": last year even → 15.5%
        assertThat(IndicatorMath.remainingGrowthEvenYear(10, d("4.1"), d("6"))).isEqualByComparingTo("15.5");
        // with last year's levels: 1–10月 80, whole year 100
        assertThat(IndicatorMath.remainingGrowth(d("80"), d("100"), d("4.1"), d("6"))).isEqualByComparingTo("13.6");
        assertThat(IndicatorMath.remainingGrowthEvenYear(12, d("4.1"), d("6"))).isNull();
    }

    @Test
    void tianjin2022GreenAtOrAbovePlanAndCityAverage() {
        var o = IndicatorLightRule.tianjin2022().judge("固定资产投资", d("6.0"), d("6.0"), d("5.0"), null, null, true);
        assertThat(o.level()).isEqualTo(IndicatorLightRule.Level.GREEN);
    }

    @Test
    void tianjin2022YellowWhenGrowingBelowTheCityAverageWithTheGapInWords() {
        var o = IndicatorLightRule.tianjin2022().judge("固定资产投资", d("2.1"), null, d("3.8"), null, null, true);
        assertThat(o.level()).isEqualTo(IndicatorLightRule.Level.YELLOW);
        assertThat(o.reason()).isEqualTo("固定资产投资增速低于全市平均1.7个百分点");
    }

    @Test
    void tianjin2022YellowBelowPlanAndWhenTheRankFalls() {
        var below = IndicatorLightRule.tianjin2022().judge("社会消费品零售总额", d("5.6"), d("7"), d("5.0"), null, null,
                true);
        assertThat(below.level()).isEqualTo(IndicatorLightRule.Level.YELLOW);
        assertThat(below.reason()).isEqualTo("社会消费品零售总额增速低于年度目标1.4个百分点");
        var fell = IndicatorLightRule.tianjin2022().judge("生产总值", d("5"), null, d("4"), new PeerRank(4, 3, 6),
                new PeerRank(2, 5, 6), true);
        assertThat(fell.level()).isEqualTo(IndicatorLightRule.Level.YELLOW);
        assertThat(fell.reason()).isEqualTo("生产总值位次较上期后移2位（倒数第3位）");
    }

    @Test
    void tianjin2022RedOnNegativeGrowth() {
        var o = IndicatorLightRule.tianjin2022().judge("一般公共预算收入", d("-16.39"), d("5"), d("2.0"), null, null,
                true);
        assertThat(o.level()).isEqualTo(IndicatorLightRule.Level.RED);
        assertThat(o.reasons().get(0)).isEqualTo("一般公共预算收入负增长（-16.39%）");
        assertThat(IndicatorLightRule.tianjin2022().judge("x", null, null, null, null, null, true).level())
                .isEqualTo(IndicatorLightRule.Level.NONE);
    }

    @Test
    void aRuleSetWithoutTheCityComparisonLeavesBelowAverageGreen() {
        var rule = new IndicatorLightRule("只看目标", BigDecimal.ZERO, true, false, false);
        assertThat(rule.judge("固定资产投资", d("2.1"), d("2"), d("3.8"), null, null, true).level())
                .isEqualTo(IndicatorLightRule.Level.GREEN);
    }
}
