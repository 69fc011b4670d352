package cn.luoshi.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the task list, with the names it shows already joined in; {@code version} lets a batch edit from the list
 * answer 409 when the task changed after the list was shown.
 */
public record TaskRow(long id, long directiveId, String directiveTitle, TaskKind kind, String title, Target target,
        String leadUnitName, String coUnitNames, String leaderName, LocalDate startDate, LocalDate deadline,
        TaskStatus status, BigDecimal progressPercent, LocalDate lastReportedOn, int openProblems,
        cn.luoshi.ledger.light.Light light, String lightReason, String countdown, Long leadUnitId, int version) {

    /** 已逾期 today ({@link TaskStatus#overdue}). */
    public boolean overdueOn(LocalDate today) {
        return status.overdue(deadline, today);
    }
}
