package cn.luoshi.reminders;

import java.util.Set;

/**
 * 催办保留期 — whether a reminder past the retention period may be deleted with its deliveries. Plain rules: a
 * reminder whose key is due now stays (deleting it would let the next pass remind again); one with an e-mail or robot
 * message still to send stays; one with an unread in-app notification stays while its work is open, or while nobody
 * can tell whether it is.
 */
final class RetentionRule {

    private RetentionRule() {
    }

    /**
     * @param unsent    an e-mail or robot delivery is still 待发送 or 发送中
     * @param unread    an in-app notification of it is unread
     * @param openIds   the subjects of its type with open work, or null when no source can tell
     * @param subjectId its subject
     * @param dueNow    its key is due now
     */
    static boolean deletable(boolean unsent, boolean unread, Set<Long> openIds, long subjectId, boolean dueNow) {
        if (dueNow || unsent) {
            return false;
        }
        return !unread || openIds != null && !openIds.contains(subjectId);
    }
}
