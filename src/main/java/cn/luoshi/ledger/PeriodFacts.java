package cn.luoshi.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 期末事实 — what the ledger knew about each task at the end of a period (the moment {@code cutoff}, midnight after
 * {@code to}, Beijing time), read from dated facts only: creation time, the typed history of status, lead unit,
 * deadline, start date and tags ({@code task_fact_history}), workflow decisions with their dates, reports entered
 * before the cutoff, problems raised and solved. Never from "now" or the stored light, so the same period read again later gives the same facts. See
 * {@link PeriodFactsQuery} for where each field comes from and its limits.
 *
 * @param from   first day of the period
 * @param to     last day of the period
 * @param cutoff the end of {@code to}: facts recorded at or after this instant are not known at the period's end
 * @param tasks  tasks and measures (not areas) created before the cutoff, with a deadline, in the scope asked for
 */
public record PeriodFacts(LocalDate from, LocalDate to, Instant cutoff, List<TaskFact> tasks) {

    public PeriodFacts {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cutoff, "cutoff");
        tasks = List.copyOf(tasks);
    }

    /**
     * One task as it stood at the cutoff.
     *
     * @param id                    task id
     * @param directiveId           its directive (来源)
     * @param directiveTitle        the directive's title
     * @param kind                  任务 or 举措
     * @param title                 title (as it is now: titles are not part of the counts)
     * @param leadUnitId            牵头单位 at the cutoff; {@code null} if none
     * @param tags                  tags at the cutoff (e.g. 民生实事)
     * @param createdOn             creation date
     * @param startDate             开始日期 at the cutoff, or {@code null}
     * @param deadline              完成时限 in force at the cutoff (after extensions approved before it)
     * @param originalDeadline      the deadline before the first extension approved before the cutoff, or {@code null}
     *                              if none was
     * @param status                status at the cutoff
     * @param assignedOn            date of the (last) 交办 before the cutoff, or {@code null}
     * @param acceptedOn            签收 date if signed for before the cutoff, else {@code null}
     * @param completedOn           办结日期 (the approved request's date) if the completion was approved before the
     *                              cutoff; {@code null} otherwise or when the ledger holds no date for it
     * @param completionRequestedOn date of a completion request made before the cutoff and not decided by then, or
     *                              {@code null}
     * @param terminatedOn          date of 终止 if terminated before the cutoff, else {@code null}
     * @param terminationReason     终止理由 if terminated before the cutoff
     * @param progressPercent       cumulative progress in percent from the latest report dated on or before {@code to}
     *                              and entered before the cutoff; {@code null} if none
     * @param lastReportedOn        that report's date
     * @param targetValue           quantified target (progress and quantity milestones are measured in it), or null
     * @param milestones            节点 entered before the cutoff (date and cumulative planned value, raw)
     * @param reportCycle           汇报频次
     * @param reportedPeriods       keys of the report periods asked about that have a report entered before the cutoff
     * @param openProblems          problems raised before the cutoff and not solved by then
     */
    public record TaskFact(long id, long directiveId, String directiveTitle, TaskKind kind, String title,
            Long leadUnitId, List<String> tags, LocalDate createdOn, LocalDate startDate, LocalDate deadline,
            LocalDate originalDeadline, TaskStatus status, LocalDate assignedOn, LocalDate acceptedOn,
            LocalDate completedOn, LocalDate completionRequestedOn, LocalDate terminatedOn, String terminationReason,
            BigDecimal progressPercent, LocalDate lastReportedOn, BigDecimal targetValue, List<PlannedPoint> milestones,
            ReportCycle reportCycle, Set<String> reportedPeriods, int openProblems) {

        public TaskFact {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(createdOn, "createdOn");
            Objects.requireNonNull(deadline, "deadline");
            tags = tags == null ? List.of() : List.copyOf(tags);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
            reportCycle = reportCycle == null ? ReportCycle.MONTHLY : reportCycle;
            reportedPeriods = reportedPeriods == null ? Set.of() : Set.copyOf(reportedPeriods);
        }
    }

    /** A milestone's date and cumulative planned value (a percent, or a quantity of the task's target). */
    public record PlannedPoint(LocalDate date, BigDecimal planned) {
    }
}
