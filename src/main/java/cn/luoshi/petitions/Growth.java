package cn.luoshi.petitions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 同比 / 环比 — the change of a count against the same period of last year (同比) or the previous period (环比), in
 * percent with two decimals, stated the way the speeches state it: "同比上升364.89%", "环比下降12.50%", "同比持平".
 * The rounding is a setting: the office cuts ({@link RoundingMode#DOWN}: 1738 against 62 is 2703.2258…% and is stated
 * 2703.22%), while {@link RoundingMode#HALF_UP} would say 2703.23%. Against a base of 0 there is no percentage
 * ("上年同期为0"), never infinity.
 */
public record Growth(RoundingMode rounding, int scale) {

    /** The office's rule: cut at two decimals. */
    public static final Growth OFFICE = new Growth(RoundingMode.DOWN, 2);

    public Growth {
        Objects.requireNonNull(rounding);
        if (scale < 0 || scale > 6) {
            throw new IllegalArgumentException("小数位数应在0到6之间");
        }
    }

    /** From settings: "cut"/"down" (截断) or "half-up"/"round" (四舍五入). */
    public static Growth of(String rule, int scale) {
        String r = rule == null ? "cut" : rule.trim().toLowerCase();
        RoundingMode mode = switch (r) {
            case "cut", "down", "截断", "truncate" -> RoundingMode.DOWN;
            case "half-up", "half_up", "round", "四舍五入" -> RoundingMode.HALF_UP;
            default -> throw new IllegalArgumentException("未知的取舍规则：" + rule + "（可用：cut 截断、half-up 四舍五入）");
        };
        return new Growth(mode, scale);
    }

    /** (current − previous) / previous × 100 at {@link #scale()} decimals, or null when previous is 0. */
    public BigDecimal percent(long current, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(current - previous).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), scale, rounding);
    }

    /** part / whole × 100 (a rate), or null when whole is 0. */
    public BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), scale,
                rounding);
    }

    /** "同比上升364.89%", "同比下降5.00%", "同比持平", "上年同期为0". {@code word} is 同比 or 环比. */
    public String phrase(String word, long current, long previous) {
        BigDecimal p = percent(current, previous);
        if (p == null) {
            return current == 0 ? word + "持平" : ("同比".equals(word) ? "上年同期为0" : "上期为0");
        }
        int sign = p.signum();
        if (sign == 0) {
            return word + "持平";
        }
        return word + (sign > 0 ? "上升" : "下降") + p.abs().toPlainString() + "%";
    }
}
