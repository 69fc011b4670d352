package cn.luoshi.minsheng;

import cn.luoshi.ledger.TaggedTasks;

/**
 * One tagged task on the management page: the ledger's view of it, its curated public face, and what would be
 * published now ({@code preview}, null when the item is left out, with {@code exclusion} saying why).
 */
public record MinshengEntry(TaggedTasks.Item task, MinshengItem item, PublishedItem preview, String exclusion) {

    public boolean published() {
        return preview != null;
    }
}
