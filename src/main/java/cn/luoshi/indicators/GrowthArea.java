package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * 行业增长面 — the share of 规模以上工业 industry classes (大类, GB/T 4754-2017) that grew: classes with growth above
 * zero ÷ classes reported, in whole percent. Seed 004: "30个大类行业中，11个行业上半年呈负增长，行业增长面仅为63%"
 * → 19 growing of 30 → 63%. A class at exactly 0 is neither growing nor negative; a class without a published
 * growth ("—") is not reported.
 *
 * @param reported classes with a published growth
 * @param growing  classes with growth &gt; 0
 * @param negative classes with growth &lt; 0 (负增长)
 */
public record GrowthArea(int reported, int growing, int negative) {

    /** Counts the published growths (nulls are "not published" and left out). */
    public static GrowthArea of(Collection<BigDecimal> growths) {
        int reported = 0;
        int growing = 0;
        int negative = 0;
        for (BigDecimal g : growths) {
            if (g == null) {
                continue;
            }
            reported++;
            if (g.signum() > 0) {
                growing++;
            } else if (g.signum() < 0) {
                negative++;
            }
        }
        return new GrowthArea(reported, growing, negative);
    }

    public GrowthArea {
        if (growing + negative > reported || reported < 0) {
            throw new IllegalArgumentException("行业数不一致");
        }
    }

    /** 行业增长面 (%), whole percent half-up; null when nothing was reported. */
    public BigDecimal percent() {
        if (reported == 0) {
            return null;
        }
        return BigDecimal.valueOf(growing).multiply(IndicatorMath.HUNDRED)
                .divide(BigDecimal.valueOf(reported), 0, RoundingMode.HALF_UP);
    }

    /** "全区规模以上工业30个大类行业中，11个行业呈负增长，行业增长面为63%". */
    public String words() {
        return "全区规模以上工业" + reported + "个大类行业中，" + negative + "个行业呈负增长，行业增长面为"
                + Objects.requireNonNullElse(IndicatorMath.plain(percent()), "—") + "%";
    }
}
