package cn.luoshi.bulletins;

import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskStatus;
import cn.luoshi.ledger.light.Light;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One task as a bulletin counts it at the period's end (see {@link BulletinCounts} for each rule).
 *
 * @param taskId                the task
 * @param directiveTitle        its directive
 * @param title                 its title
 * @param kind                  任务 or 举措
 * @param leadUnitId            牵头单位 at the period's end
 * @param membership            counted, counted apart (本期终止) or left out
 * @param status                status at the period's end
 * @param deadline              完成时限 in force at the period's end
 * @param originalDeadline      the deadline before extensions, if extended
 * @param completedOn           办结日期 (the approved request's date), if completed and known
 * @param completedInPeriod     completed within the period
 * @param onTime                按期办结 (completion date ≤ deadline in force); {@code null} unless completed
 * @param due                   应办结: completed or overdue
 * @param standing              against 序时进度; {@code null} unless counted and open
 * @param plannedPercent        序时进度 at the period's end; {@code null} unless counted and open
 * @param actualPercent         reported progress at the period's end; {@code null} if none reported
 * @param lagPoints             序时进度 − 实际进度; {@code null} unless counted and open
 * @param overdue               逾期未办结 at the period's end
 * @param overdueWorkingDays    working days overdue on the period's last day (as the light counts them); 0 if not
 *                              overdue
 * @param missedPeriods         report periods that became overdue within the period unreported (未按时报送), by label
 * @param openProblems          problems open at the period's end
 * @param light                 the light at the period's end
 * @param lightReason           its reason in words
 * @param completionRequestedOn a completion request pending at the period's end (办结待审), its date
 * @param terminatedOn          终止 date, if terminated
 * @param terminationReason     终止理由, if terminated
 */
public record TaskClass(long taskId, String directiveTitle, String title, TaskKind kind, Long leadUnitId,
        Membership membership, TaskStatus status, LocalDate deadline, LocalDate originalDeadline, LocalDate completedOn,
        boolean completedInPeriod, Boolean onTime, boolean due, ScheduleStanding standing, BigDecimal plannedPercent,
        BigDecimal actualPercent, BigDecimal lagPoints, boolean overdue, int overdueWorkingDays,
        List<String> missedPeriods, int openProblems, Light light, String lightReason,
        LocalDate completionRequestedOn, LocalDate terminatedOn, String terminationReason) {

    public TaskClass {
        Objects.requireNonNull(membership, "membership");
        missedPeriods = missedPeriods == null ? List.of() : List.copyOf(missedPeriods);
    }

    public boolean counted() {
        return membership == Membership.COUNTED;
    }

    public boolean completed() {
        return counted() && status == TaskStatus.COMPLETED;
    }

    public boolean open() {
        return counted() && status != TaskStatus.COMPLETED;
    }

    public int missedReports() {
        return missedPeriods.size();
    }

    public boolean red() {
        return counted() && light == Light.RED;
    }
}
