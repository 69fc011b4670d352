package cn.luoshi.reminders;

import java.util.Objects;

/**
 * Something that deserves a reminder now, as a {@link ReminderSource} reports it. The pass records it once per
 * {@code cause + subjectType + subjectId + periodKey + unitId} (a unique constraint), so a source may report the same
 * item on every pass: only the first one reminds anybody.
 *
 * @param cause       why (催办事由)
 * @param subjectType what kind of record, a short stable code ({@code TASK}, {@code ORDER} …)
 * @param subjectId   its id
 * @param periodKey   which occurrence: the same key is reminded once ("2026-10" for October's report, the deadline
 *                    date for 临近时限, …); at most 60 characters
 * @param unitId      the responsible unit, or null when only the 督查室 is concerned
 * @param audience    who is reminded
 * @param title       the subject's name, e.g. the task title
 * @param text        the reminder in one or two Chinese sentences, without the unit name
 * @param link        path inside Luoshi ("/tasks/42"), or null
 */
public record DueItem(ReminderCause cause, String subjectType, long subjectId, String periodKey, Long unitId,
        Audience audience, String title, String text, String link) {

    public DueItem {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (audience.includesUnit() && unitId == null) {
            throw new IllegalArgumentException("a unit reminder needs a unit: " + cause.code() + " " + subjectId);
        }
    }

    /** The de-duplication key without the unit (for tests and logs). */
    public String key() {
        return cause.code() + "/" + subjectType + "/" + subjectId + "/" + periodKey;
    }
}
