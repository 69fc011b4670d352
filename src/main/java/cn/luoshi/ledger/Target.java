package cn.luoshi.ledger;

import java.math.BigDecimal;

/** 量化目标: how much of what, by when (e.g. 115 个 老旧小区改造, 今年). */
public record Target(BigDecimal value, String unit, String object, String period) {

    public static Target of(BigDecimal value, String unit, String object, String period) {
        return value == null ? null : new Target(value, unit, object, period);
    }

    /** "115个老旧小区改造（今年）". */
    public String describe() {
        StringBuilder sb = new StringBuilder(value.stripTrailingZeros().toPlainString());
        if (unit != null) {
            sb.append(unit);
        }
        if (object != null) {
            sb.append(object);
        }
        if (period != null && !period.isBlank()) {
            sb.append("（").append(period).append("）");
        }
        return sb.toString();
    }
}
