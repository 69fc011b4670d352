package cn.luoshi.projects;

import cn.luoshi.projects.rules.ProjectRates;
import java.math.BigDecimal;
import java.util.List;

/**
 * 项目推进情况通报 (调度通报) as frozen: totals, by level and by category, units ranked, lagging projects with their
 * reasons, problems awaiting coordination. Stored as JSON; the documents are made from this, never from live data.
 */
public record DispatchBulletin(long id, int year, int number, String title, String month, String asOf, String rule,
        String createdBy, String createdAt, Totals totals, List<Group> byLevel, List<Group> byCategory,
        List<ProjectRates.Row> units, List<Lag> lagging, List<Issue> problems) {

    public record Totals(int projects, BigDecimal totalInvestmentYi, BigDecimal annualPlan, BigDecimal cumulative,
            BigDecimal investmentRate, BigDecimal scheduleRate, int started, int dueToStart, BigDecimal startRate,
            int green, int yellow, int red) {
    }

    public record Group(String name, int projects, BigDecimal annualPlan, BigDecimal cumulative, BigDecimal rate,
            int yellow, int red) {
    }

    public record Lag(long projectId, String name, String unit, String leader, String light, String reason,
            String escalation) {
    }

    public record Issue(long projectId, String name, String unit, String month, String problems) {
    }

    /** "调度通报〔2026〕第3期". */
    public String numberLabel() {
        return "调度通报〔" + year + "〕第" + number + "期";
    }
}
