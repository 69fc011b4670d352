package cn.luoshi.reminders;

/**
 * Why a reminder is sent (催办事由). Each {@link ReminderSource} brings its own causes, usually an enum implementing
 * this interface; {@link #code()} is stored with every reminder and must stay stable once used.
 */
public interface ReminderCause {

    /** Stable code stored in the database, e.g. {@code OVERDUE}; at most 40 characters. */
    String code();

    /** Chinese label for lists and messages, e.g. 已逾期. */
    String label();
}
