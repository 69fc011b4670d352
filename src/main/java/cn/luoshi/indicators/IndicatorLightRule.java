package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 亮灯规则 for an indicator — a published rule held as data (table {@code ind_light_rule}), named after its source.
 * The default preset {@value #TIANJIN_2022} (天津市2022年固定资产投资 红黄绿灯): 绿灯 — cumulative growth at or above
 * plan and at or above the city average; 黄灯 — growing but below plan or below the city average; 红灯 — negative
 * growth (below {@code redBelowGrowth}, 0 in the preset). With {@code rankDropIsYellow} a fall in the peer rank
 * against the previous month is at least yellow (预警: 位次后移). For an indicator where lower is better (e.g. 能耗)
 * every comparison is reversed.
 *
 * @param name               preset name (its source)
 * @param redBelowGrowth     red when growth is below this (%)
 * @param comparePlan        yellow when below the annual target
 * @param compareCityAverage yellow when below the city average
 * @param rankDropIsYellow   yellow when the rank fell against the previous period
 */
public record IndicatorLightRule(String name, BigDecimal redBelowGrowth, boolean comparePlan,
        boolean compareCityAverage, boolean rankDropIsYellow) {

    public static final String TIANJIN_2022 = "天津2022固定资产投资";

    /** The preset as the migration seeds it (tests use it without a database). */
    public static IndicatorLightRule tianjin2022() {
        return new IndicatorLightRule(TIANJIN_2022, BigDecimal.ZERO, true, true, true);
    }

    /** 灯色. */
    public enum Level {
        GREEN("绿灯"), YELLOW("黄灯"), RED("红灯"), NONE("无数据");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The light and its reasons in words (the first reason is the one a finding carries). */
    public record Outcome(Level level, List<String> reasons) {
        public String reason() {
            return reasons.isEmpty() ? "" : String.join("；", reasons);
        }
    }

    /**
     * The light of one indicator for one period.
     *
     * @param indicatorName  e.g. 固定资产投资
     * @param growth         the district's cumulative growth (%), null when not published
     * @param target         the annual growth target (%), null when none
     * @param cityGrowth     the city average growth (%), null when not published
     * @param rank           this period's peer rank, null when not ranked
     * @param previousRank   last period's peer rank, null when none
     * @param higherIsBetter the indicator's direction
     */
    public Outcome judge(String indicatorName, BigDecimal growth, BigDecimal target, BigDecimal cityGrowth,
            PeerRank rank, PeerRank previousRank, boolean higherIsBetter) {
        if (growth == null) {
            return new Outcome(Level.NONE, List.of(indicatorName + "增速未公布"));
        }
        int sign = higherIsBetter ? 1 : -1;
        List<String> reasons = new ArrayList<>();
        Level level = Level.GREEN;
        if (sign * growth.compareTo(redBelowGrowth) < 0) {
            level = Level.RED;
            reasons.add(indicatorName + (higherIsBetter ? "负增长（" : "增速超过控制线（") + IndicatorMath.plain(growth) + "%）");
        }
        if (compareCityAverage && cityGrowth != null && sign * growth.compareTo(cityGrowth) < 0) {
            level = worse(level, Level.YELLOW);
            reasons.add(indicatorName + "增速" + (higherIsBetter ? "低于" : "高于") + "全市平均"
                    + IndicatorMath.points(IndicatorMath.gap(growth, cityGrowth)) + "个百分点");
        }
        if (comparePlan && target != null && sign * growth.compareTo(target) < 0) {
            level = worse(level, Level.YELLOW);
            reasons.add(indicatorName + "增速" + (higherIsBetter ? "低于" : "高于") + "年度目标"
                    + IndicatorMath.points(growth.subtract(target)) + "个百分点");
        }
        if (rankDropIsYellow && rank != null && previousRank != null && rank.position() > previousRank.position()) {
            level = worse(level, Level.YELLOW);
            reasons.add(indicatorName + "位次较上期后移" + (rank.position() - previousRank.position()) + "位（"
                    + rank.words().replace("居各县（市、区）", "") + "）");
        }
        if (level == Level.GREEN) {
            reasons.add(indicatorName + "增长" + IndicatorMath.plain(growth) + "%"
                    + (cityGrowth != null ? "，不低于全市平均" : "") + (target != null ? "，达到年度目标" : ""));
        }
        return new Outcome(level, reasons);
    }

    private static Level worse(Level a, Level b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
