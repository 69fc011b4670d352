package cn.luoshi.minsheng;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The public face of one 民生实事 task as the 督查室 curated it: public title (null: the task's own title), 公开说明,
 * planned and completed investment in 万元, the note that explains completed above planned, and whether the item is
 * included in the next publication. {@code version} 0 means nothing was curated yet.
 */
public record MinshengItem(long taskId, String publicTitle, String publicNote, BigDecimal plannedInvestment,
        BigDecimal completedInvestment, String investmentNote, boolean included, int version, String updatedBy,
        Instant updatedAt) {

    /** A tagged task nobody curated yet: included, with its own title and no note. */
    public static MinshengItem defaults(long taskId) {
        return new MinshengItem(taskId, null, null, null, null, null, true, 0, null, null);
    }

    public boolean curated() {
        return version > 0;
    }
}
