package cn.luoshi.projects.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 项目推进率 per unit or leader (口径):
 * <ul>
 * <li>投资完成率 = 本年累计完成投资 ÷ 年度计划投资;</li>
 * <li>开工率 = 已开工 ÷ 计划开工日期已到的新开工项目;</li>
 * <li>竣工率 = 已竣工 ÷ 计划竣工日期已到的项目;</li>
 * <li>入库率 = 已纳统入库 ÷ 已开工项目.</li>
 * </ul>
 * Ranked by 投资完成率 (higher first), then 开工率; a group with no plan ranks last.
 */
public final class ProjectRates {

    public static final String RULE = "投资完成率＝本年累计完成投资÷年度计划投资；开工率＝已开工项目÷计划开工日期已到的新开工项目；"
            + "竣工率＝已竣工项目÷计划竣工日期已到的项目；入库率＝已纳统入库项目÷已开工项目。按投资完成率排名，相同看开工率。";

    /** One project as the rates see it. */
    public record Line(String group, BigDecimal annualPlan, BigDecimal cumulative, boolean dueToStart,
            boolean started, boolean dueToComplete, boolean completed, boolean inStats) {
    }

    public record Row(int rank, String group, int projects, BigDecimal annualPlan, BigDecimal cumulative,
            BigDecimal investmentRate, int dueToStart, int startedOfDue, BigDecimal startRate, int dueToComplete,
            int completedOfDue, BigDecimal completionRate, int started, int inStats, BigDecimal statsRate) {
    }

    private ProjectRates() {
    }

    public static List<Row> of(List<Line> lines) {
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        lines.forEach(l -> groups.computeIfAbsent(l.group(), k -> new ArrayList<>()).add(l));
        List<Row> rows = new ArrayList<>();
        groups.forEach((g, ls) -> rows.add(row(0, g, ls)));
        Comparator<BigDecimal> nullsLast = Comparator.nullsLast(Comparator.reverseOrder());
        rows.sort(Comparator.comparing(Row::investmentRate, nullsLast).thenComparing(Row::startRate, nullsLast)
                .thenComparing(Row::group));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int rank = i > 0 && same(rows.get(i - 1), r) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Row(rank, r.group(), r.projects(), r.annualPlan(), r.cumulative(), r.investmentRate(),
                    r.dueToStart(), r.startedOfDue(), r.startRate(), r.dueToComplete(), r.completedOfDue(),
                    r.completionRate(), r.started(), r.inStats(), r.statsRate()));
        }
        return ranked;
    }

    /** All lines together (合计). */
    public static Row total(List<Line> lines) {
        return row(0, "合计", lines);
    }

    private static boolean same(Row a, Row b) {
        return java.util.Objects.equals(a.investmentRate(), b.investmentRate())
                && java.util.Objects.equals(a.startRate(), b.startRate());
    }

    private static Row row(int rank, String g, List<Line> ls) {
        BigDecimal plan = ls.stream().map(Line::annualPlan).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal done = ls.stream().map(l -> l.cumulative() == null ? BigDecimal.ZERO : l.cumulative())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int due = (int) ls.stream().filter(Line::dueToStart).count();
        int startedOfDue = (int) ls.stream().filter(l -> l.dueToStart() && l.started()).count();
        int dueC = (int) ls.stream().filter(Line::dueToComplete).count();
        int doneC = (int) ls.stream().filter(l -> l.dueToComplete() && l.completed()).count();
        int started = (int) ls.stream().filter(Line::started).count();
        int stats = (int) ls.stream().filter(l -> l.started() && l.inStats()).count();
        return new Row(rank, g, ls.size(), plan, done, InvestmentPlan.share(done, plan), due, startedOfDue,
                rate(startedOfDue, due), dueC, doneC, rate(doneC, dueC), started, stats, rate(stats, started));
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : InvestmentPlan.share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
