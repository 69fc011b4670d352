package cn.luoshi.ledger.light;

/**
 * The part of a task's status the light rule needs (the ledger maps its own statuses onto this).
 */
public enum Phase {
    /** 未启动: assigned, no work reported yet (includes 待签收). */
    NOT_STARTED,
    /** 办理中: being worked on. */
    IN_PROGRESS,
    /** 已办结: completed. */
    COMPLETED,
    /** 已终止: cancelled or withdrawn; no longer supervised. */
    TERMINATED
}
