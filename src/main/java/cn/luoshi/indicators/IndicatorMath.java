package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of a 经济运行 report, in percent and 百分点 (percentage points). Growth is used as published by the
 * statistics office (可比价 growth, 同口径): {@link #growth} is only for series where level ÷ level − 1 is the
 * published rule (e.g. 一般公共预算收入 at current prices); nothing here recomputes a published growth.
 */
public final class IndicatorMath {

    private static final MathContext MC = MathContext.DECIMAL64;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorMath() {
    }

    /** 增速 (%) = (本期 ÷ 上年同期 − 1) × 100, one decimal; null when the base is missing or zero. */
    public static BigDecimal growth(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return current.divide(previous, MC).subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * 与全市平均的差距 (百分点): district growth − city growth, positive when the district is above. "低于全市平均
     * 水平1.7个百分点" is a gap of −1.7.
     */
    public static BigDecimal gap(BigDecimal districtGrowth, BigDecimal cityGrowth) {
        if (districtGrowth == null || cityGrowth == null) {
            return null;
        }
        return districtGrowth.subtract(cityGrowth).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * 拉动 (百分点): how many points of the total's growth one part contributed = (part now − part a year ago) ÷
     * total a year ago × 100.
     */
    public static BigDecimal pull(BigDecimal partNow, BigDecimal partBefore, BigDecimal totalBefore) {
        if (partNow == null || partBefore == null || totalBefore == null || totalBefore.signum() == 0) {
            return null;
        }
        return partNow.subtract(partBefore).divide(totalBefore, MC).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** 贡献率 (%) = the part's increase ÷ the total's increase × 100; null when the total did not change. */
    public static BigDecimal contribution(BigDecimal partNow, BigDecimal partBefore, BigDecimal totalNow,
            BigDecimal totalBefore) {
        if (partNow == null || partBefore == null || totalNow == null || totalBefore == null) {
            return null;
        }
        BigDecimal totalIncrease = totalNow.subtract(totalBefore);
        if (totalIncrease.signum() == 0) {
            return null;
        }
        return partNow.subtract(partBefore).divide(totalIncrease, MC).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    /** 占比 (%): a part's share of a total, e.g. 湘钢 in the district's 规模以上工业增加值 (31%). */
    public static BigDecimal share(BigDecimal part, BigDecimal total) {
        if (part == null || total == null || total.signum() == 0) {
            return null;
        }
        return part.divide(total, MC).multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * 后N个月需增长 (%) — what the remaining months must grow for the year to reach its target: with last year's
     * cumulative level through month m ({@code baseThrough}) and for the whole year ({@code baseYear}), growth so far
     * g and target T, the remaining months need (baseYear·(1+T) − baseThrough·(1+g)) ÷ (baseYear − baseThrough) − 1.
     * Without last year's levels use {@link #remainingGrowthEvenYear}. Null in December (nothing remains).
     */
    public static BigDecimal remainingGrowth(BigDecimal baseThrough, BigDecimal baseYear, BigDecimal growthSoFar,
            BigDecimal target) {
        BigDecimal rest = baseYear.subtract(baseThrough);
        if (rest.signum() <= 0) {
            return null;
        }
        BigDecimal yearGoal = baseYear.multiply(BigDecimal.ONE.add(target.divide(HUNDRED, MC)), MC);
        BigDecimal done = baseThrough.multiply(BigDecimal.ONE.add(growthSoFar.divide(HUNDRED, MC)), MC);
        return yearGoal.subtract(done).divide(rest, MC).subtract(BigDecimal.ONE).multiply(HUNDRED)
                .setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * {@link #remainingGrowth} when last year's monthly levels are not held: last year is taken as even over its
     * twelve months (an approximation, said so on the page).
     */
    public static BigDecimal remainingGrowthEvenYear(int monthsDone, BigDecimal growthSoFar, BigDecimal target) {
        return remainingGrowth(BigDecimal.valueOf(monthsDone), BigDecimal.valueOf(12), growthSoFar, target);
    }

    /** A number as the speeches write it: no trailing zeros, no sign ("1.7", "1", "0.2"). */
    public static String plain(BigDecimal n) {
        if (n == null) {
            return "—";
        }
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    /** Percent as the speeches write it, one decimal as published ("−16.39" stays; "5.50" → "5.5"). */
    public static String points(BigDecimal n) {
        return n == null ? "—" : plain(n.abs());
    }
}
