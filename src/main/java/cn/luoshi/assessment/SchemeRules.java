package cn.luoshi.assessment;

import cn.luoshi.assessment.SchemeDefinition.GroupDef;
import cn.luoshi.assessment.SchemeDefinition.IndicatorDef;
import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * 考核办法校验 — everything checked before a scheme is saved, reported together in Chinese: each group's 基本分 weights
 * add up to its declared total (分值合计须等于总分值); every method's parameters are consistent (each line is scored
 * once with a sample value, which runs the same checks as scoring); codes are unique in a group; member units exist
 * and belong to one group only; grade lines are ordered; the appeal window is 1–30 working days.
 */
public final class SchemeRules {

    private SchemeRules() {
    }

    public static Violations check(SchemeDefinition s, Collection<String> knownUnits) {
        Violations v = new Violations();
        v.requireText(s.title(), "title", "考核办法名称", 100);
        v.check(s.year() >= 2000 && s.year() <= 2100, "year", "考核年度须在2000到2100之间");
        v.check(s.effectiveFrom() != null && s.effectiveTo() != null && !s.effectiveFrom().isAfter(s.effectiveTo()),
                "effectiveFrom", "施行起止日期必须填写，且起始不能晚于截止");
        v.check(s.noData() != null, "noData", "必须说明无数据的指标如何计分（NO_POINTS 不得分 / FULL_POINTS 得满分 / AVERAGE 按本组平均分）");
        v.check(s.appealDays() >= 1 && s.appealDays() <= 30, "appealDays", "申诉期限须在1到30个工作日之间");
        v.check(s.bonusCap() != null && s.bonusCap().signum() >= 0, "bonusCap", "加分上限必须填写且不能为负");
        v.check(s.deductionCap() != null && s.deductionCap().signum() >= 0, "deductionCap", "扣分上限必须填写且不能为负");
        try {
            s.gradeRules();
        } catch (IllegalArgumentException | NullPointerException e) {
            v.add("grades", e instanceof NullPointerException ? "等次分数线与优秀比例必须填写" : e.getMessage());
        }
        if (s.groups() == null || s.groups().isEmpty()) {
            v.add("groups", "至少要有一个考核组");
            return v;
        }
        Set<String> seenUnits = new HashSet<>();
        Set<String> groupNames = new HashSet<>();
        for (int gi = 0; gi < s.groups().size(); gi++) {
            GroupDef g = s.groups().get(gi);
            String gf = "groups[" + gi + "]";
            String gname = g.name() == null ? "第" + (gi + 1) + "组" : g.name();
            v.requireText(g.name(), gf + ".name", "考核组名称", 40);
            v.check(groupNames.add(gname), gf + ".name", "考核组「" + gname + "」重复");
            if (g.total() == null || g.total().signum() <= 0) {
                v.add(gf + ".total", "考核组「" + gname + "」的总分值必须大于0");
                continue;
            }
            for (String u : g.units() == null ? java.util.List.<String>of() : g.units()) {
                v.check(knownUnits.contains(u), gf + ".units", "考核组「" + gname + "」中的单位「" + u + "」不存在");
                v.check(seenUnits.add(u), gf + ".units", "单位「" + u + "」被列入了多个考核组");
            }
            v.check(g.units() != null && !g.units().isEmpty(), gf + ".units", "考核组「" + gname + "」没有被考核单位");
            if (g.indicators() == null || g.indicators().isEmpty()) {
                v.add(gf + ".indicators", "考核组「" + gname + "」没有考核指标");
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            Set<String> codes = new HashSet<>();
            for (int ii = 0; ii < g.indicators().size(); ii++) {
                IndicatorDef ind = g.indicators().get(ii);
                String f = gf + ".indicators[" + ii + "]";
                String iname = ind.name() == null ? "第" + (ii + 1) + "项" : ind.name();
                v.requireText(ind.name(), f + ".name", "指标名称", 60);
                if (ind.code() == null || !ind.code().matches("[A-Za-z][A-Za-z0-9_]{0,19}")) {
                    v.add(f + ".code", "指标「" + iname + "」的代码须以字母开头，由字母、数字、下划线组成（最多20位）");
                } else {
                    v.check(codes.add(ind.code()), f + ".code", "考核组「" + gname + "」中指标代码「" + ind.code() + "」重复");
                }
                if (ind.method() == null || ind.source() == null || ind.weight() == null) {
                    v.add(f, "指标「" + iname + "」必须有分值、计分方法和数据来源");
                    continue;
                }
                if (ind.weight().signum() < 0) {
                    v.add(f + ".weight", "指标「" + iname + "」的分值不能为负数");
                    continue;
                }
                if (ind.method().kind() == Method.Kind.SCORE) {
                    sum = sum.add(ind.weight());
                }
                if (ind.source() == SourceKey.MANUAL) {
                    try {
                        double lo = new Params(ind.sourceParams(), "指标「" + iname + "」").num("min", "录入下限");
                        double hi = new Params(ind.sourceParams(), "指标「" + iname + "」").num("max", "录入上限");
                        v.check(lo < hi, f + ".sourceParams", "指标「" + iname + "」的录入下限必须小于上限");
                    } catch (IllegalArgumentException e) {
                        v.add(f + ".sourceParams", e.getMessage());
                    }
                }
                if (ind.source().name().startsWith("INDICATOR_")) {
                    v.check(ind.sourceParams().get("code") instanceof String, f + ".sourceParams",
                            "指标「" + iname + "」须指明经济指标代码（如 GDP、RETAIL）");
                }
                if (ind.method() == Method.FORMULA && ind.params().get("expr") instanceof String expr) {
                    try {
                        for (String var : Formula.parse(expr).variables()) {
                            v.check(var.equals("value") || var.equals("weight") || g.indicators().stream()
                                    .anyMatch(o -> var.equals(o.code())), f + ".params", "指标「" + iname
                                    + "」的公式用到了未定义的变量「" + var + "」（可用：value、weight 和本组指标代码）");
                        }
                    } catch (IllegalArgumentException e) {
                        // reported below
                    }
                }
                try {
                    Scorer.line(s, ind, Reading.of(50, null, null), 1, 1, 50.0, sampleValues(g));
                } catch (IllegalArgumentException e) {
                    v.add(f + ".params", "指标「" + iname + "」（" + ind.method().label() + "）：" + e.getMessage());
                }
            }
            if (sum.compareTo(g.total()) != 0) {
                v.add(gf + ".total", "考核组「" + gname + "」各项基本分分值合计为" + sum.stripTrailingZeros().toPlainString()
                        + "分，与总分值" + g.total().stripTrailingZeros().toPlainString() + "分不一致");
            }
        }
        return v;
    }

    private static Map<String, Double> sampleValues(GroupDef g) {
        Map<String, Double> m = new java.util.HashMap<>();
        g.indicators().forEach(i -> {
            if (i.code() != null) {
                m.put(i.code(), 50.0);
            }
        });
        return m;
    }
}
