package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * 以月保季、以季保年 — the quarter check of a cumulative monthly indicator against its annual growth target: inside a
 * quarter, what the months left until the quarter's end must grow so that the quarter's cumulative growth (1–3月, 上半年,
 * 前三季度, 全年) reaches the year's target (以月保季); at a quarter's end, whether it did (以季保年: every quarter at the
 * year's pace keeps the year). With last year's cumulative levels through this month and through the quarter's end,
 * need = (B_q·(1+T) − B_m·(1+g)) ÷ (B_q − B_m) − 1 ({@link IndicatorMath#remainingGrowth}); without them last year is
 * taken as even over its months (approximate, marked on the page). Only for indicators where higher is better.
 *
 * @param period      the month judged (1–m月累计)
 * @param quarterEnd  the quarter's last month
 * @param monthsLeft  months from the next one to the quarter's end (0 at a quarter's end)
 * @param growth      cumulative growth so far (%)
 * @param target      the year's growth target (%)
 * @param need        what the months left must grow (%); null at a quarter's end
 * @param approximate true when last year's levels were not held
 */
public record QuarterCheck(YearMonth period, YearMonth quarterEnd, int monthsLeft, BigDecimal growth,
        BigDecimal target, BigDecimal need, boolean approximate) {

    /**
     * @param baseThrough last year's cumulative level through the same month (null when not held)
     * @param baseQuarter last year's cumulative level through the quarter's end (null when not held)
     * @return null without growth or target
     */
    public static QuarterCheck of(YearMonth p, BigDecimal growth, BigDecimal target, BigDecimal baseThrough,
            BigDecimal baseQuarter) {
        if (growth == null || target == null) {
            return null;
        }
        int m = p.getMonthValue();
        int qEnd = ((m + 2) / 3) * 3;
        YearMonth end = YearMonth.of(p.getYear(), qEnd);
        int left = qEnd - m;
        if (left == 0) {
            return new QuarterCheck(p, end, 0, growth, target, null, false);
        }
        boolean levels = baseThrough != null && baseQuarter != null && baseQuarter.compareTo(baseThrough) > 0;
        BigDecimal need = levels ? IndicatorMath.remainingGrowth(baseThrough, baseQuarter, growth, target)
                : IndicatorMath.remainingGrowth(BigDecimal.valueOf(m), BigDecimal.valueOf(qEnd), growth, target);
        return new QuarterCheck(p, end, left, growth, target, need, !levels);
    }

    /** True at a quarter's end when the cumulative growth reached the year's target. */
    public boolean reached() {
        return growth.compareTo(target) >= 0;
    }

    /** "一季度", "上半年", "前三季度", "全年". */
    public String quarterLabel() {
        return Periods.shortLabel(quarterEnd);
    }

    /** The months left as the speeches name them: "3月", "后2个月（11–12月）". */
    public String monthsLeftLabel() {
        int from = period.getMonthValue() + 1;
        return monthsLeft == 1 ? from + "月" : "后" + monthsLeft + "个月（" + from + "–" + quarterEnd.getMonthValue() + "月）";
    }

    /** In words: "以月保季：一季度累计增长达到年度目标6%，3月需增长19.8%" or "以季保年：上半年累计增长3.4%，低于年度目标…". */
    public String words() {
        String t = IndicatorMath.plain(target);
        if (monthsLeft == 0) {
            BigDecimal gap = growth.subtract(target);
            return "以季保年：" + quarterLabel() + "累计增长" + IndicatorMath.plain(growth) + "%，"
                    + (reached() ? "达到年度目标" + t + "%" : "低于年度目标" + t + "%（差" + IndicatorMath.points(gap) + "个百分点）");
        }
        return "以月保季：" + quarterLabel() + "累计增长要达到年度目标" + t + "%，" + monthsLeftLabel() + "需增长"
                + IndicatorMath.plain(need) + "%" + (approximate ? "*" : "");
    }
}
