package cn.luoshi.assessment;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * 总分构成 — 总分 = 指标得分小计（不超过组内总分值） + 加分（不超过加分上限） − 扣分（不超过扣分上限）, never below zero.
 * Each part is capped on its own before they are combined, so a large bonus cannot hide a deduction beyond the caps.
 */
public final class ScoreComposition {

    private ScoreComposition() {
    }

    /** One unit's composed score. */
    public record Total(BigDecimal subtotal, BigDecimal bonus, BigDecimal deduction, BigDecimal total) {
    }

    public static Total compose(Collection<BigDecimal> lineScores, BigDecimal groupTotal, Collection<BigDecimal> bonuses,
            BigDecimal bonusCap, Collection<BigDecimal> deductions, BigDecimal deductionCap) {
        if (groupTotal.signum() < 0 || bonusCap.signum() < 0 || deductionCap.signum() < 0) {
            throw new IllegalArgumentException("总分值、加分上限、扣分上限都不能为负");
        }
        BigDecimal sub = lineScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).min(groupTotal);
        BigDecimal bonus = bonuses.stream().reduce(BigDecimal.ZERO, BigDecimal::add).min(bonusCap);
        BigDecimal ded = deductions.stream().reduce(BigDecimal.ZERO, BigDecimal::add).min(deductionCap);
        BigDecimal total = sub.add(bonus).subtract(ded).max(BigDecimal.ZERO);
        return new Total(scale(sub), scale(bonus), scale(ded), scale(total));
    }

    static BigDecimal scale(BigDecimal v) {
        return v.setScale(ScoringMethods.SCALE, java.math.RoundingMode.HALF_UP);
    }
}
