package cn.luoshi.projects.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 年度投资计划 with its monthly plan (以月保季、以季保年): twelve monthly amounts in 万元. 序时计划 through a month is the
 * sum of the months up to it; 序时进度 is that sum as a percentage of the annual plan.
 */
public record InvestmentPlan(List<BigDecimal> monthly) {

    public InvestmentPlan {
        if (monthly == null || monthly.size() != 12) {
            throw new IllegalArgumentException("月度计划必须是12个月");
        }
        monthly = monthly.stream().map(v -> v == null ? BigDecimal.ZERO : v).toList();
    }

    /** The annual plan spread evenly over the months from {@code fromMonth} (the remainder in the last month). */
    public static InvestmentPlan even(BigDecimal annual, int fromMonth) {
        int months = 13 - fromMonth;
        BigDecimal each = annual.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        List<BigDecimal> m = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            m.add(i < fromMonth ? BigDecimal.ZERO : each);
        }
        BigDecimal rest = annual.subtract(each.multiply(BigDecimal.valueOf(months - 1)));
        m.set(11, rest);
        return new InvestmentPlan(m);
    }

    /** 年度计划投资 (万元). */
    public BigDecimal annual() {
        return cumulativeThrough(12);
    }

    /** 序时计划: planned investment from January through {@code month} (1–12). */
    public BigDecimal cumulativeThrough(int month) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(12, Math.max(0, month)); i++) {
            sum = sum.add(monthly.get(i));
        }
        return sum;
    }

    /** 序时进度 (%): the cumulative plan through {@code month} as a share of the annual plan; null without a plan. */
    public BigDecimal scheduleShare(int month) {
        return share(cumulativeThrough(month), annual());
    }

    /** {@code part} as a percentage of {@code whole}, two decimals; null when whole is zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0 || part == null) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
