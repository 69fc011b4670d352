package cn.luoshi.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the project list: the project, its latest cumulative and its light for the month judged. */
public record ProjectRow(long id, String code, String name, ProjectLevel level, String category, ProjectKind kind,
        long leadUnitId, String leadUnit, String leader, BigDecimal totalInvestment, BigDecimal annualPlan,
        BigDecimal cumulative, BigDecimal completionShare, BigDecimal scheduleShare, LocalDate plannedStart,
        LocalDate startedOn, LocalDate statsOn, String light, String reason, String escalation, Long taskId) {

    public String lightLabel() {
        return light == null ? "未评价" : cn.luoshi.projects.rules.Signal.valueOf(light).label();
    }

    public String lightCss() {
        return light == null ? "secondary" : cn.luoshi.projects.rules.Signal.valueOf(light).css();
    }
}
