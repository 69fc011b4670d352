package cn.luoshi.bulletins;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A task as a bulletin classified it, stored with the bulletin (the Excel "全部任务" list). Labels are stored in
 * words so the list reads the same after the ledger changes.
 *
 * @param seq                 order in the list
 * @param taskId              the task
 * @param directiveTitle      its directive
 * @param title               its title
 * @param kind                任务 / 举措
 * @param unitId              牵头单位 at the period's end
 * @param unitName            its name
 * @param membership          纳入统计, 本期终止 …
 * @param status              status at the period's end, in words
 * @param deadline            完成时限 in force
 * @param originalDeadline    before extensions
 * @param completedOn         办结日期
 * @param completedInPeriod   本期办结
 * @param onTime              按期办结
 * @param due                 应办结
 * @param standing            超前序时 / 符合序时 / 落后序时
 * @param plannedPercent      序时进度
 * @param actualPercent       实际进度
 * @param lagPoints           落后（百分点）
 * @param overdue             逾期未办结
 * @param overdueDays         逾期工作日
 * @param missedPeriods       未按时报送的期次, joined with 、
 * @param openProblems        未解决问题
 * @param light               期末亮灯, in words
 * @param lightReason         its reason
 * @param completionRequested 办结申请日期 while pending
 * @param terminatedOn        终止日期
 * @param terminationReason   终止理由
 */
public record BulletinTaskRow(int seq, long taskId, String directiveTitle, String title, String kind, Long unitId,
        String unitName, String membership, String status, LocalDate deadline, LocalDate originalDeadline,
        LocalDate completedOn, boolean completedInPeriod, Boolean onTime, boolean due, String standing,
        BigDecimal plannedPercent, BigDecimal actualPercent, BigDecimal lagPoints, boolean overdue, int overdueDays,
        String missedPeriods, int openProblems, String light, String lightReason, LocalDate completionRequested,
        LocalDate terminatedOn, String terminationReason) {

    /** A classified task as a row, with the unit's name. */
    public static BulletinTaskRow of(int seq, TaskClass c, String unitName) {
        return new BulletinTaskRow(seq, c.taskId(), c.directiveTitle(), c.title(), c.kind().label(), c.leadUnitId(),
                unitName, c.membership().label(), c.status().label(), c.deadline(), c.originalDeadline(),
                c.completedOn(), c.completedInPeriod(), c.onTime(), c.due(),
                c.standing() == null ? null : c.standing().label(), c.plannedPercent(), c.actualPercent(),
                c.lagPoints(), c.overdue(), c.overdueWorkingDays(), String.join("、", c.missedPeriods()),
                c.openProblems(), c.light().label(), c.lightReason(), c.completionRequestedOn(), c.terminatedOn(),
                c.terminationReason());
    }

    public boolean red() {
        return "红灯".equals(light) && Membership.COUNTED.label().equals(membership);
    }
}
