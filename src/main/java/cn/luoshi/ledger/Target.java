package cn.luoshi.ledger;

import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** 量化目标: how much of what, by when (e.g. 115 个 老旧小区改造, 今年). */
public record Target(BigDecimal value, String unit, String object, String period) {

    /** At most this many targets on one task (the first and the further ones). */
    public static final int MAX_PER_TASK = 20;

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

    /** Several targets on one line, as the history and the 台账 show them: "115个老旧小区改造（今年）；22个社区健身中心". */
    public static String describeAll(List<Target> targets) {
        return targets.stream().map(Target::describe).collect(Collectors.joining("；"));
    }

    /**
     * The rules for a further target (第二项起) of a task, as {@link LedgerRules} has them for the first: a value, not
     * negative, at most 4 decimals, with its unit; names within their lengths. Fields are {@code prefix + "value"} etc.
     */
    static void check(Violations v, String prefix, BigDecimal value, String unit, String object, String period) {
        if (value == null) {
            v.add(prefix + "value", "请填写目标数值，不需要的目标请整行清空");
        } else if (value.signum() < 0) {
            v.add(prefix + "value", "目标数值不能为负数");
        } else if (value.compareTo(LedgerRules.QUANTITY_MAX) > 0) {
            v.add(prefix + "value", "目标数值过大");
        } else if (value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
            v.add(prefix + "value", "目标数值最多保留4位小数");
        }
        v.check(unit != null && !unit.isBlank(), prefix + "unit", "请填写计量单位（如 个、亿元、%）");
        v.optionalText(unit, prefix + "unit", "计量单位", 10);
        v.optionalText(object, prefix + "object", "目标对象", 100);
        v.optionalText(period, prefix + "period", "目标期限", 20);
    }
}
