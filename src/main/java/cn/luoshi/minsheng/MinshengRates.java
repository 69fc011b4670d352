package cn.luoshi.minsheng;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 民生实事统计口径 — the figures on top of the public page, from the published items alone:
 * <ul>
 * <li>完成率 = items 已完成 / items × 100;</li>
 * <li>开工率 (已开工率) = items 已开工 (推进中 or 已完成) / items × 100;</li>
 * <li>平均进度 = mean of the items' progress, each capped at 100;</li>
 * <li>投资完成率 = Σ 完成投资 / Σ 计划投资 × 100, over the items with a planned investment (may exceed 100).</li>
 * </ul>
 * Percentages are rounded half-up to one decimal; a rate over nothing (no items, no planned investment) is null and
 * shows as "—", never 0 or 100. Amounts are 万元 with two decimals.
 */
public final class MinshengRates {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MinshengRates() {
    }

    /** What the figures need of one item. */
    public record Line(PublicStatus status, BigDecimal progressPercent, BigDecimal plannedInvestment,
            BigDecimal completedInvestment) {
    }

    /** The figures of one set of items. */
    public record Figures(int items, int completed, int started, BigDecimal completionRate, BigDecimal startRate,
            BigDecimal averageProgress, int itemsWithInvestment, BigDecimal plannedInvestment,
            BigDecimal completedInvestment, BigDecimal investmentRate) {
    }

    public static Figures of(List<Line> lines) {
        int n = lines.size();
        int completed = 0;
        int started = 0;
        int withInvestment = 0;
        BigDecimal progressSum = BigDecimal.ZERO;
        BigDecimal planned = null;
        BigDecimal done = null;
        for (Line l : lines) {
            if (l.status() == PublicStatus.COMPLETED) {
                completed++;
            }
            if (l.status().started()) {
                started++;
            }
            BigDecimal p = l.progressPercent() == null ? BigDecimal.ZERO : l.progressPercent();
            progressSum = progressSum.add(p.max(BigDecimal.ZERO).min(HUNDRED));
            if (l.plannedInvestment() != null) {
                withInvestment++;
                planned = (planned == null ? BigDecimal.ZERO : planned).add(l.plannedInvestment());
                done = (done == null ? BigDecimal.ZERO : done)
                        .add(l.completedInvestment() == null ? BigDecimal.ZERO : l.completedInvestment());
            }
        }
        BigDecimal average = n == 0 ? null : progressSum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        return new Figures(n, completed, started, rate(completed, n), rate(started, n), average, withInvestment,
                money(planned), money(done), planned == null ? null : rate(done, planned));
    }

    /** part / whole as a percentage with one decimal, half-up; null when whole is 0. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : rate(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** part / whole as a percentage with one decimal, half-up; null when whole is null or 0. */
    public static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return (part == null ? BigDecimal.ZERO : part).multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /**
     * An item's progress as published: the task's percent rounded to one decimal, 0 before any report, at least 100
     * once completed (已办结). Over-achievement (more than the target) is kept, e.g. 104.3.
     */
    public static BigDecimal publicProgress(PublicStatus status, BigDecimal taskPercent) {
        BigDecimal p = taskPercent == null ? BigDecimal.ZERO : taskPercent.max(BigDecimal.ZERO);
        if (status == PublicStatus.COMPLETED) {
            p = p.max(HUNDRED);
        }
        return p.setScale(1, RoundingMode.HALF_UP);
    }

    /** The width of a progress bar: 0–100. */
    public static BigDecimal barWidth(BigDecimal progress) {
        return progress == null ? BigDecimal.ZERO : progress.max(BigDecimal.ZERO).min(HUNDRED);
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
