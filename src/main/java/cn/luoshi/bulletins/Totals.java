package cn.luoshi.bulletins;

/**
 * The overall counts of a bulletin (总体情况), all at the period's end.
 *
 * @param total              纳入统计的任务 (tasks and measures assigned and not terminated before the period)
 * @param completed          已办结 (cumulative)
 * @param completedInPeriod  本期办结
 * @param completedOnTime    按期办结
 * @param completedLate      逾期办结 (completed after the deadline in force)
 * @param completedUndated   办结 without a known date (imported data): neither on time nor late
 * @param due                应办结: completed or overdue
 * @param open               在办
 * @param pendingCompletion  办结待审: open with a completion request not yet decided
 * @param ahead              超前序时
 * @param onSchedule         符合序时
 * @param behind             落后序时, overdue ones included (the API field kept for its readers)
 * @param overdue            逾期未办结
 * @param withProblems       tasks with open problems
 * @param openProblems       open problems
 * @param missedReports      report periods missed within the period (未按时报送, 次)
 * @param tasksMissedReports tasks with at least one missed report
 * @param green              绿灯 at the period's end
 * @param yellow             黄灯
 * @param red                红灯
 * @param grey               灰灯 (not started)
 * @param blue               蓝灯 (completed)
 * @param terminatedInPeriod 本期终止, counted apart
 * @param units              lead units with counted tasks
 * @param behindNotOverdue   落后序时 and not overdue: with {@code ahead}, {@code onSchedule} and {@code overdue} the
 *                           disjoint groups that add up to {@code open} (超前 + 符合 + 落后 + 逾期 = 在办, issue 12) —
 *                           what the summary, the documents and 下步要求 quote
 */
public record Totals(int total, int completed, int completedInPeriod, int completedOnTime, int completedLate,
        int completedUndated, int due, int open, int pendingCompletion, int ahead, int onSchedule, int behind,
        int overdue, int withProblems, int openProblems, int missedReports, int tasksMissedReports, int green,
        int yellow, int red, int grey, int blue, int terminatedInPeriod, int units, int behindNotOverdue) {

    /** Without the disjoint 落后 count (callers before issue 12): taken as {@code behind}. */
    public Totals(int total, int completed, int completedInPeriod, int completedOnTime, int completedLate,
            int completedUndated, int due, int open, int pendingCompletion, int ahead, int onSchedule, int behind,
            int overdue, int withProblems, int openProblems, int missedReports, int tasksMissedReports, int green,
            int yellow, int red, int grey, int blue, int terminatedInPeriod, int units) {
        this(total, completed, completedInPeriod, completedOnTime, completedLate, completedUndated, due, open,
                pendingCompletion, ahead, onSchedule, behind, overdue, withProblems, openProblems, missedReports,
                tasksMissedReports, green, yellow, red, grey, blue, terminatedInPeriod, units, behind);
    }

    public String completedShare() {
        return Rates.percent(completed, total);
    }

    public String onTimeRate() {
        return Rates.percent(completedOnTime, due);
    }

    public String behindShare() {
        return Rates.percent(behind, open);
    }

    public String overdueShare() {
        return Rates.percent(overdue, open);
    }

    public boolean empty() {
        return total == 0;
    }
}
