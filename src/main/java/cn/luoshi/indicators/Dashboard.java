package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Where the district stands in one month: every indicator with the district's value and growth, the city's, the gap,
 * the rank among the peers, the light and its reasons; and the 行业增长面 of 规模以上工业.
 */
public record Dashboard(YearMonth period, List<YearMonth> periods, Region home, List<Row> rows, GrowthArea growthArea,
        List<IndustryFigure> industry) {

    public String periodLabel() {
        return period == null ? "" : Periods.label(period);
    }

    /** One indicator's line. Any figure may be null (未公布); {@code quarterCheck} only for monthly cumulative ones. */
    public record Row(Indicator indicator, IndicatorValue home, IndicatorValue city, IndicatorValue province,
            IndicatorValue nation, BigDecimal gap, PeerRank rank, PeerRank previousRank, BigDecimal target,
            BigDecimal remainingNeed, boolean remainingApproximate, IndicatorLightRule.Outcome light,
            QuarterCheck quarterCheck) {

        public BigDecimal growth() {
            return home == null ? null : home.growth();
        }

        public BigDecimal cityGrowth() {
            return city == null ? null : city.growth();
        }

        public boolean lagging() {
            return light.level() == IndicatorLightRule.Level.YELLOW || light.level() == IndicatorLightRule.Level.RED;
        }
    }

    public Row row(String code) {
        return rows.stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElse(null);
    }
}
