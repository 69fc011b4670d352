package cn.luoshi.ledger;

/**
 * Where a task stands in 交办 → 签收 → 办理 → 办结. Moves between states are defined in {@link TaskStateMachine}, never
 * by comparing values by hand.
 */
public enum TaskStatus {
    UNASSIGNED("未交办"),
    ASSIGNED("待签收"),
    IN_PROGRESS("办理中"),
    RETURNED("已退回"),
    COMPLETION_REQUESTED("办结待审"),
    COMPLETED("已办结"),
    TERMINATED("已终止");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** No more work is expected: completed or terminated. */
    public boolean isClosed() {
        return this == COMPLETED || this == TERMINATED;
    }

    /**
     * 已逾期: still open and today is after the deadline — by the calendar date, as the light and the countdown decide
     * it ({@code Countdown.state}); how late it is is then counted in working days (已逾期N个工作日, possibly 0 on the
     * weekend after a Friday deadline). The one predicate the pages use.
     */
    public boolean overdue(java.time.LocalDate deadline, java.time.LocalDate today) {
        return !isClosed() && deadline != null && today != null && today.isAfter(deadline);
    }

    /** The lead unit may report progress. */
    public boolean acceptsReports() {
        return this == IN_PROGRESS;
    }

    /** CSS badge colour for lists. */
    public String badge() {
        return switch (this) {
            case UNASSIGNED -> "secondary";
            case ASSIGNED -> "warning";
            case IN_PROGRESS -> "primary";
            case RETURNED -> "danger";
            case COMPLETION_REQUESTED -> "info";
            case COMPLETED -> "success";
            case TERMINATED -> "dark";
        };
    }
}
