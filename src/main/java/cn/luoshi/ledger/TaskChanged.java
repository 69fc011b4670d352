package cn.luoshi.ledger;

/**
 * Published after any change to a task or a record under it (milestone, problem, report), so that lights, reminders
 * and scores can react without the ledger knowing them.
 */
public record TaskChanged(long taskId, long directiveId, String what) {
}
