package cn.luoshi.bulletins;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as bulletins print them: one decimal, half up ("66.7%"); "—" when there is nothing to divide by. */
public final class Rates {

    private Rates() {
    }

    public static String percent(long part, long whole) {
        if (whole <= 0) {
            return "—";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }

    /** The same as a number (0–100, one decimal), or {@code null} when there is nothing to divide by. */
    public static BigDecimal value(long part, long whole) {
        return whole <= 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
