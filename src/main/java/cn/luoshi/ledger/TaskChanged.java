package cn.luoshi.ledger;

/**
 * Published (a plain Spring event, in the changing transaction) after any change to a task or a record under it
 * (milestone, problem, report). Today its one listener is the lights ({@code LightService}), which recomputes the
 * changed tasks after commit; reminders find due work in their own scheduled pass. Another module may listen
 * without the ledger knowing it; delivery is in-process and not durable (no publication registry: decision 55).
 */
public record TaskChanged(long taskId, long directiveId, String what) {
}
