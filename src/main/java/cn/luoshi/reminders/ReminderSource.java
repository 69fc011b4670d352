package cn.luoshi.reminders;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provider of due items (催办来源). Every Spring bean implementing it is asked once per pass; the ledger's causes
 * (签收、报送、完成时限、逾期) are the first one, and e.g. supervision can add 督办单办复到期 and 整改到期 by
 * declaring a bean that reads its open orders and returns one {@link DueItem} per order and period.
 *
 * <p>Implementations read in bulk (one pass covers every open item, 100,000 tasks in a few seconds), decide with
 * plain rules from the {@link ReminderContext} (never the system clock), and may return the same items on every pass:
 * de-duplication is the pass's job. A source that throws is logged and skipped; the others still run.
 */
public interface ReminderSource {

    /** Short name for logs and the pass report, e.g. 台账. */
    String name();

    /** Everything that deserves a reminder at {@code context.now()}. */
    List<DueItem> dueItems(ReminderContext context);

    /**
     * The subjects this source still has open work on, by subject type — e.g. {@code TASK} → the tasks 待签收 or 办理中.
     * The retention (保留期) never deletes an unread notification about them. Return every type the source reports
     * on, with an empty set when none is open. Default null: the source cannot tell, so unread notifications about its
     * subjects are kept however old.
     */
    default Map<String, Set<Long>> openSubjects(ReminderContext context) {
        return null;
    }
}
