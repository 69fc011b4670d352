package cn.luoshi.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A node of a directive's task tree: an area (方面), task (任务) or measure (举措), with its targets, dates and
 * responsibility (问题责任化: 牵头区领导, 牵头单位, 配合单位, 责任人).
 *
 * <p>{@code target} is the primary target (主要目标): the first one, which progress, milestones and lights measure
 * against. {@code targets} are all of them in order, the primary first; a task without a target has none.
 */
public record Task(long id, long directiveId, Long parentId, TaskKind kind, int seq, String title, String description,
        Target target, LocalDate startDate, LocalDate deadline, Long leadLeaderId, Long leadUnitId,
        List<Long> coUnitIds, String responsiblePerson, String contact, TaskStatus status, Instant acceptedAt,
        BigDecimal progressPercent, LocalDate lastReportedOn, Integer sourceStart, Integer sourceEnd,
        List<String> tags, int version, ReportCycle reportCycle, List<Target> targets) {

    public Task {
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        reportCycle = reportCycle == null ? ReportCycle.MONTHLY : reportCycle;
        if (target == null) {
            targets = List.of(); // further targets never stand without the first
        } else {
            targets = targets == null || targets.isEmpty() ? List.of(target) : List.copyOf(targets);
        }
    }

    /** A task with its primary target only (no further targets). */
    public Task(long id, long directiveId, Long parentId, TaskKind kind, int seq, String title, String description,
            Target target, LocalDate startDate, LocalDate deadline, Long leadLeaderId, Long leadUnitId,
            List<Long> coUnitIds, String responsiblePerson, String contact, TaskStatus status, Instant acceptedAt,
            BigDecimal progressPercent, LocalDate lastReportedOn, Integer sourceStart, Integer sourceEnd,
            List<String> tags, int version, ReportCycle reportCycle) {
        this(id, directiveId, parentId, kind, seq, title, description, target, startDate, deadline, leadLeaderId,
                leadUnitId, coUnitIds, responsiblePerson, contact, status, acceptedAt, progressPercent, lastReportedOn,
                sourceStart, sourceEnd, tags, version, reportCycle, List.of());
    }

    /** The targets after the primary one (第二项起). */
    public List<Target> moreTargets() {
        return targets.isEmpty() ? List.of() : targets.subList(1, targets.size());
    }

    /** Progress is measured in the target's quantity when there is one, otherwise in percent. */
    public boolean measuredInQuantity() {
        return target != null && target.value() != null && target.value().signum() > 0;
    }

    /** The unit of cumulative figures: the target's unit, or %. */
    public String progressUnit() {
        return measuredInQuantity() ? (target.unit() == null ? "" : target.unit()) : "%";
    }

    /** A cumulative quantity or percentage as percent of the whole (0–100, may exceed 100 when overachieved). */
    public BigDecimal toPercent(BigDecimal cumulative) {
        if (cumulative == null) {
            return null;
        }
        if (!measuredInQuantity()) {
            return cumulative.setScale(2, RoundingMode.HALF_UP);
        }
        return cumulative.multiply(BigDecimal.valueOf(100)).divide(target.value(), 2, RoundingMode.HALF_UP);
    }

    /** 已逾期 today ({@link TaskStatus#overdue}). */
    public boolean overdueOn(LocalDate today) {
        return status.overdue(deadline, today);
    }

    public boolean isLeadUnit(Long unitId) {
        return leadUnitId != null && leadUnitId.equals(unitId);
    }
}
