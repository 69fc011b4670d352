package cn.luoshi.bulletins;

/** Whether a task is in a bulletin's counts (纳入统计), counted apart, or left out, and why. */
public enum Membership {
    /** 纳入统计: assigned to a lead unit by the period's end and not terminated before the period. */
    COUNTED("纳入统计"),
    /** 本期终止: terminated within the period; listed apart, in no count or rate. */
    TERMINATED_IN_PERIOD("本期终止"),
    /** Terminated before the period began: out of supervision. */
    TERMINATED_BEFORE("此前已终止"),
    /** Not (or no longer) with a lead unit at the period's end: 未交办, or 已退回 awaiting reassignment. */
    NOT_ASSIGNED("期末未交办或已退回"),
    /** Created after the period's end. */
    NOT_YET_CREATED("期末后新建");

    private final String label;

    Membership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
