package cn.luoshi.assessment;

import cn.luoshi.assessment.SchemeDefinition.GroupDef;
import cn.luoshi.assessment.SchemeDefinition.IndicatorDef;
import cn.luoshi.common.UnitFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 计分 — scores one 考核组: every unit, every indicator line, from the readings; then 总分, 排名 and 等次 (see
 * {@link ScoreComposition}, {@link Grading}). Plain Java: the same code scores a run, a what-if and the hand-checked
 * unit test. Rank-based methods rank the units of the group that have data (ties share a place).
 */
public final class Scorer {

    private Scorer() {
    }

    /** One line of a unit's score, with how it was computed and the facts behind it. */
    public record Line(String code, String category, String name, Method method, Method.Kind kind, BigDecimal weight,
            SourceKey source, Double value, Integer good, Integer total, String valueText, BigDecimal points,
            BigDecimal lost, String how, boolean noData, List<UnitFact> facts) {
    }

    /** One unit's score in its group. */
    public record UnitScore(long unitId, String unitName, String group, List<Line> lines, BigDecimal subtotal,
            BigDecimal bonus, BigDecimal deduction, BigDecimal total, int rank, Grade grade, String gradeRule,
            boolean vetoed) {
    }

    public static List<UnitScore> scoreGroup(SchemeDefinition scheme, GroupDef group, Map<Long, String> units,
            Map<String, Map<Long, Reading>> readings) {
        Map<Long, List<Line>> lines = new LinkedHashMap<>();
        units.keySet().forEach(u -> lines.put(u, new ArrayList<>()));
        Map<Long, Map<String, Double>> valuesByUnit = new HashMap<>();
        for (IndicatorDef ind : group.indicators()) {
            Map<Long, Reading> byUnit = readings.getOrDefault(ind.code(), Map.of());
            for (Long u : units.keySet()) {
                Reading r = byUnit.get(u);
                if (r != null && r.hasData()) {
                    valuesByUnit.computeIfAbsent(u, k -> new HashMap<>()).put(ind.code(), r.value());
                }
            }
        }
        for (IndicatorDef ind : group.indicators()) {
            Map<Long, Reading> byUnit = readings.getOrDefault(ind.code(), Map.of());
            Map<Long, Integer> ranks = ranks(ind, byUnit, units);
            Double best = best(ind, byUnit, units);
            Map<Long, Line> made = new LinkedHashMap<>();
            for (Long u : units.keySet()) {
                Reading r = byUnit.getOrDefault(u, Reading.noData("无数据"));
                made.put(u, line(scheme, ind, r, ranks.get(u), ranks.size(), best,
                        valuesByUnit.getOrDefault(u, Map.of())));
            }
            if (scheme.noData() == SchemeDefinition.NoData.AVERAGE && ind.method().kind() == Method.Kind.SCORE) {
                average(made);
            }
            made.forEach((u, l) -> lines.get(u).add(l));
        }
        List<Grading.Entry> entries = new ArrayList<>();
        Map<Long, ScoreComposition.Total> totals = new HashMap<>();
        for (var e : lines.entrySet()) {
            List<BigDecimal> score = new ArrayList<>();
            List<BigDecimal> bonus = new ArrayList<>();
            List<BigDecimal> ded = new ArrayList<>();
            Grade cap = null;
            String capReason = null;
            for (Line l : e.getValue()) {
                switch (l.kind()) {
                    case SCORE -> score.add(l.points());
                    case BONUS -> bonus.add(l.points());
                    case DEDUCTION -> ded.add(l.points());
                    case VETO -> {
                        if (l.points().signum() > 0) {
                            cap = Grade.FAIL;
                            capReason = l.name();
                        }
                    }
                }
            }
            var t = ScoreComposition.compose(score, group.total(), bonus, scheme.bonusCap(), ded, scheme.deductionCap());
            totals.put(e.getKey(), t);
            entries.add(new Grading.Entry(e.getKey(), units.get(e.getKey()), t.subtotal(), t.total(), cap, capReason));
        }
        List<UnitScore> out = new ArrayList<>();
        for (Grading.Placed p : Grading.rankAndGrade(entries, scheme.gradeRules())) {
            long u = p.entry().unitId();
            var t = totals.get(u);
            out.add(new UnitScore(u, units.get(u), group.name(), lines.get(u), t.subtotal(), t.bonus(), t.deduction(),
                    t.total(), p.rank(), p.grade(), p.rule(), p.entry().cap() != null));
        }
        return out;
    }

    /** 无数据按平均分: the no-data lines get the average points of the lines with data (full points if none). */
    private static void average(Map<Long, Line> made) {
        List<Line> withData = made.values().stream().filter(l -> !l.noData()).toList();
        BigDecimal avg;
        String how;
        Line any = made.values().iterator().next();
        if (withData.isEmpty()) {
            avg = any.weight().setScale(2, java.math.RoundingMode.HALF_UP);
            how = "无数据：全组均无数据，按满分计（考核办法规定，不影响组内排名）";
        } else {
            avg = withData.stream().map(Line::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(withData.size()), 2, java.math.RoundingMode.HALF_UP);
            how = "无数据：按本组有数据的" + withData.size() + "个单位平均得分" + avg.toPlainString() + "分计（考核办法规定）";
        }
        for (var e : made.entrySet()) {
            Line l = e.getValue();
            if (l.noData()) {
                e.setValue(new Line(l.code(), l.category(), l.name(), l.method(), l.kind(), l.weight(), l.source(),
                        l.value(), l.good(), l.total(), l.valueText(), avg, l.weight().subtract(avg).max(BigDecimal.ZERO)
                                .setScale(2, java.math.RoundingMode.HALF_UP), how, true, l.facts()));
            }
        }
    }

    private static boolean lowerIsBetter(IndicatorDef ind) {
        return Boolean.TRUE.equals(ind.params().get("lowerIsBetter")) || "true".equals(ind.params().get("lowerIsBetter"));
    }

    private static Map<Long, Integer> ranks(IndicatorDef ind, Map<Long, Reading> byUnit, Map<Long, String> units) {
        if (ind.method() != Method.RANK_STEP && ind.method() != Method.RANK_TABLE) {
            return Map.of();
        }
        boolean lower = lowerIsBetter(ind);
        List<Map.Entry<Long, Double>> vals = new ArrayList<>();
        for (Long u : units.keySet()) {
            Reading r = byUnit.get(u);
            if (r != null && r.hasData()) {
                vals.add(Map.entry(u, r.value()));
            }
        }
        vals.sort((a, b) -> lower ? Double.compare(a.getValue(), b.getValue()) : Double.compare(b.getValue(), a.getValue()));
        Map<Long, Integer> out = new HashMap<>();
        for (int i = 0; i < vals.size(); i++) {
            int rank = i > 0 && vals.get(i).getValue().equals(vals.get(i - 1).getValue()) ? out.get(vals.get(i - 1).getKey()) : i + 1;
            out.put(vals.get(i).getKey(), rank);
        }
        return out;
    }

    private static Double best(IndicatorDef ind, Map<Long, Reading> byUnit, Map<Long, String> units) {
        if (ind.method() != Method.BEST) {
            return null;
        }
        boolean lower = lowerIsBetter(ind);
        Double best = null;
        for (Long u : units.keySet()) {
            Reading r = byUnit.get(u);
            if (r != null && r.hasData()) {
                best = best == null ? r.value() : lower ? Math.min(best, r.value()) : Math.max(best, r.value());
            }
        }
        return best;
    }

    static String num(double v) {
        return ScoringMethods.fmt(Math.round(v * 100) / 100.0);
    }

    static String valueText(IndicatorDef ind, Reading r) {
        if (!r.hasData()) {
            return "无数据";
        }
        String unit = ind.source() == SourceKey.MANUAL ? ind.sourceParams().getOrDefault("unit", "分").toString()
                : ind.source().unit();
        return num(r.value()) + unit + (r.total() != null && r.total() > 0 ? "（" + r.good() + "/" + r.total() + "）" : "");
    }

    /** Scores one line; throws IllegalArgumentException (Chinese) for contradictory parameters. */
    static Line line(SchemeDefinition scheme, IndicatorDef ind, Reading r, Integer rank, int ranked, Double best,
            Map<String, Double> unitValues) {
        Params p = new Params(ind.params(), "指标「" + ind.name() + "」");
        double w = ind.weight().doubleValue();
        Method m = ind.method();
        String vt = valueText(ind, r);
        BigDecimal pts;
        String how;
        if (!r.hasData() && m != Method.GATED_BONUS && m != Method.FORMULA) {
            boolean full = m.kind() == Method.Kind.SCORE && scheme.noData() == SchemeDefinition.NoData.FULL_POINTS;
            pts = full ? ScoringMethods.r(w) : ScoringMethods.r(0);
            how = m.kind() == Method.Kind.SCORE ? "无数据：" + scheme.noData().label() + "（考核办法规定）"
                    : "无数据：不" + m.kind().label();
            return new Line(ind.code(), ind.category(), ind.name(), m, m.kind(), ind.weight(), ind.source(), null, r.good(),
                    r.total(), vt + (r.note() == null || r.note().equals("无数据") ? "" : "；" + r.note()), pts,
                    lost(m, ind.weight(), pts), how, true, r.facts());
        }
        double v = r.hasData() ? r.value() : 0;
        switch (m) {
            case ALL_OR_NOTHING -> {
                double target = p.num("target", "目标值");
                boolean lower = p.bool("lowerIsBetter");
                pts = ScoringMethods.allOrNothing(v, target, lower, w);
                how = "目标" + (lower ? "≤" : "≥") + num(target) + "，" + (pts.signum() > 0 ? "达标得满分" : "未达标不得分");
            }
            case PROPORTIONAL -> {
                double target = p.num("target", "目标值");
                double cap = p.num("cap", "封顶倍数", 1);
                pts = ScoringMethods.proportional(v, target, cap, w);
                how = num(w) + "×" + num(v) + "÷" + num(target) + (cap > 1 ? "，最高" + num(cap * w) + "分" : "，封顶满分");
            }
            case LINEAR -> {
                double floor = p.num("floor", "保底值");
                double target = p.num("target", "目标值");
                boolean lower = p.bool("lowerIsBetter");
                pts = ScoringMethods.linear(v, floor, target, lower, w);
                how = "保底" + num(floor) + "得0分，目标" + num(target) + "得满分，其间按比例" + (lower ? "（越低越好）" : "");
            }
            case THRESHOLD_LADDER -> {
                double th = p.num("threshold", "阈值");
                double per = p.num("perPoint", "每低1个百分点扣分");
                pts = ScoringMethods.thresholdLadder(v, th, per, w);
                how = "≥" + num(th) + "得满分，每低1个百分点扣" + num(per) + "分（不足1个百分点按1个计）";
            }
            case RANK_STEP -> {
                double step = p.num("step", "每降一名扣减比例");
                double floorShare = p.num("floorShare", "保底比例", 0);
                pts = ScoringMethods.rankStep(rank, step, floorShare, w);
                how = "组内第" + rank + "名（共" + ranked + "个单位有数据），第1名满分，每降一名扣" + num(step * 100) + "%";
            }
            case RANK_TABLE -> {
                List<Double> table = p.numbers("table", "名次分值表");
                pts = ScoringMethods.rankTable(rank, table);
                how = "组内第" + rank + "名，按名次分值表" + table.stream().map(Scorer::num).toList();
            }
            case BEST -> {
                boolean lower = p.bool("lowerIsBetter");
                pts = ScoringMethods.proportionalToBest(v, best, lower, w);
                how = "组内最优" + num(best) + "，按与最优之比计分";
            }
            case FORMULA -> {
                Formula f = Formula.parse(p.text("expr", "公式"));
                Map<String, Double> vars = new HashMap<>(unitValues);
                if (r.hasData()) {
                    vars.put("value", v);
                }
                vars.put("weight", w);
                double res;
                try {
                    res = f.evaluate(vars);
                } catch (IllegalArgumentException e) {
                    pts = ScoringMethods.r(0);
                    return new Line(ind.code(), ind.category(), ind.name(), m, m.kind(), ind.weight(), ind.source(),
                            r.value(), r.good(), r.total(), vt, pts, lost(m, ind.weight(), pts), "公式 " + f.text()
                                    + " 无法计算：" + e.getMessage() + "，不得分", !r.hasData(), r.facts());
                }
                pts = ScoringMethods.r(Math.max(0, Math.min(w, res)));
                how = "公式 " + f.text() + " = " + num(res) + "（限0～" + num(w) + "分）";
            }
            case PER_ITEM -> {
                double per = p.num("perItem", "每项扣分");
                pts = ScoringMethods.perItemDeduction((int) Math.round(v), per, w);
                how = "每项扣" + num(per) + "分，最多扣" + num(w) + "分";
            }
            case BONUS -> {
                double each = p.num("each", "每项加分");
                double perCap = p.num("perEventCap", "单项加分上限", each);
                List<Double> events = new ArrayList<>();
                for (int i = 0; i < (int) Math.round(v); i++) {
                    events.add(each);
                }
                pts = ScoringMethods.bonus(events, perCap, w);
                how = "每项加" + num(Math.min(each, perCap)) + "分，全年最多加" + num(w) + "分";
            }
            case GATED_BONUS -> {
                List<Boolean> conds = new ArrayList<>();
                List<String> words = new ArrayList<>();
                for (Map<String, Object> c : p.maps("conditions", "条件")) {
                    Params cp = new Params(c, "指标「" + ind.name() + "」的条件");
                    String code = cp.text("code", "指标代码");
                    double min = cp.num("min", "下限");
                    Double got = unitValues.get(code);
                    conds.add(got != null && got >= min);
                    words.add(code + "≥" + num(min) + "（实际" + (got == null ? "无数据" : num(got)) + "）");
                }
                pts = ScoringMethods.gatedBonus(conds, w);
                how = "条件：" + String.join(" 且 ", words) + (pts.signum() > 0 ? "，全部满足，加分" : "，未全部满足，不加分");
            }
            case VETO -> {
                double th = p.num("threshold", "否决阈值", 1);
                boolean hit = v >= th;
                pts = ScoringMethods.r(hit ? 1 : 0);
                how = hit ? "达到否决条件（≥" + num(th) + "），等次封顶为不合格" : "未触发";
                return new Line(ind.code(), ind.category(), ind.name(), m, m.kind(), ind.weight(), ind.source(), v,
                        r.good(), r.total(), vt, pts, BigDecimal.ZERO.setScale(2), how, false, r.facts());
            }
            default -> throw new IllegalStateException(m.name());
        }
        return new Line(ind.code(), ind.category(), ind.name(), m, m.kind(), ind.weight(), ind.source(), r.value(),
                r.good(), r.total(), vt, pts, lost(m, ind.weight(), pts), how, false, r.facts());
    }

    /** Points lost on the line: for a score line weight − points; for a deduction the deduction; else 0. */
    private static BigDecimal lost(Method m, BigDecimal weight, BigDecimal pts) {
        return switch (m.kind()) {
            case SCORE -> weight.subtract(pts).max(BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP);
            case DEDUCTION -> pts;
            default -> BigDecimal.ZERO.setScale(2);
        };
    }
}
