package cn.luoshi.indicators;

import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;

/**
 * What an entry of the 指标目录 and a 亮灯规则 must satisfy, with the messages in Chinese (plain rules, no Spring).
 */
public final class CatalogueRules {

    public static final Set<String> FREQUENCIES = Set.of("MONTHLY", "QUARTERLY", "ANNUAL");
    public static final Set<String> REPORTED = Set.of("LEVEL_AND_GROWTH", "GROWTH_ONLY");

    private CatalogueRules() {
    }

    /**
     * @param f          the form
     * @param creating   true for a new indicator (the code is checked and must be new)
     * @param otherCodes codes of the other indicators
     * @param otherNames names of the other indicators
     * @param ruleNames  the light rule sets that exist
     */
    public static Violations indicator(IndicatorForm f, boolean creating, Collection<String> otherCodes,
            Collection<String> otherNames, Collection<String> ruleNames) {
        Violations v = new Violations();
        if (creating) {
            String code = f.code == null ? "" : f.code.strip();
            if (code.isEmpty()) {
                v.add("code", "指标代码不能为空");
            } else if (!code.matches("[A-Z0-9_]{2,20}")) {
                v.add("code", "指标代码须为2–20位大写字母、数字或下划线（如 FAI、RETAIL）");
            } else if (otherCodes.contains(code)) {
                v.add("code", "指标代码「" + code + "」已被使用");
            }
        }
        v.requireText(f.name, "name", "指标名称", 60);
        if (f.name != null && !f.name.isBlank() && otherNames.contains(f.name.strip())) {
            v.add("name", "指标目录中已有「" + f.name.strip() + "」");
        }
        v.requireText(f.unit, "unit", "计量单位", 10);
        if (f.frequency == null || !FREQUENCIES.contains(f.frequency)) {
            v.add("frequency", "频率须为按月累计、按季或按年");
        }
        if (f.reported == null || !REPORTED.contains(f.reported)) {
            v.add("reported", "报送口径须为“总量和增速”或“只报增速”");
        } else if ("%".equals(f.unit == null ? null : f.unit.strip()) && "LEVEL_AND_GROWTH".equals(f.reported)) {
            v.add("reported", "计量单位为%的指标只报增速（总量没有单位），请选择“只报增速”");
        }
        v.optionalText(f.ownerUnit, "ownerUnit", "责任单位", 20);
        if (f.ownerTaskId != null && f.ownerTaskId <= 0) {
            v.add("ownerTaskId", "责任任务须填台账中任务的编号（正整数）");
        }
        if (f.lightRule != null && !f.lightRule.isBlank() && !ruleNames.contains(f.lightRule)) {
            v.add("lightRule", "亮灯规则「" + f.lightRule + "」不存在");
        }
        if (f.sortOrder != null && (f.sortOrder < 0 || f.sortOrder > 100_000)) {
            v.add("sortOrder", "排序号须在0到100000之间");
        }
        return v;
    }

    /** A rule set: a name (new names must not collide), its source, a red line between −100 and 100. */
    public static Violations lightRule(LightRuleForm f, boolean creating, Collection<String> otherNames) {
        Violations v = new Violations();
        v.requireText(f.name, "name", "规则名称", 60);
        if (creating && f.name != null && !f.name.isBlank() && otherNames.contains(f.name.strip())) {
            v.add("name", "已有名为「" + f.name.strip() + "」的亮灯规则，请换一个名称");
        }
        v.requireText(f.source, "source", "规则依据", 500);
        if (f.redBelowGrowth == null) {
            v.add("redBelowGrowth", "红灯线（增速低于多少为红灯）必填，如 0");
        } else if (f.redBelowGrowth.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            v.add("redBelowGrowth", "红灯线须在 -100 到 100 之间（%）");
        }
        return v;
    }
}
