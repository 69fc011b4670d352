package cn.luoshi.minsheng;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One publication (发布) of the 民生实事 progress: its number (第N期), when and by whom (internal, never shown
 * publicly), the date the data are as of, the figures and the items, all frozen at publishing. A preview has the same
 * shape with the number it would get and {@code id} 0.
 */
public record Publication(long id, int number, Instant publishedAt, String publishedBy, LocalDate asOf,
        MinshengRates.Figures figures, List<PublishedItem> items) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public Publication {
        items = List.copyOf(items);
    }

    /** Beijing time of publishing, for pages and the feed (2026-11-20T10:30:00+08:00). */
    public OffsetDateTime publishedAtChina() {
        return publishedAt.atZone(CHINA).toOffsetDateTime();
    }

    /** The items passing the filter, in published order. */
    public List<PublishedItem> items(PublicFilter filter) {
        return items.stream().filter(filter::accepts).toList();
    }

    /** The lead units among the items, for the unit filter: id and name, in order of first appearance. */
    public List<UnitOption> units() {
        java.util.Map<Long, String> seen = new java.util.LinkedHashMap<>();
        for (PublishedItem i : items) {
            if (i.leadUnitId() != null) {
                seen.putIfAbsent(i.leadUnitId(), i.leadUnit());
            }
        }
        return seen.entrySet().stream().map(e -> new UnitOption(e.getKey(), e.getValue())).toList();
    }

    public record UnitOption(long id, String name) {
    }

    /** A publication without its items, for the history. */
    public record Summary(long id, int number, Instant publishedAt, String publishedBy, LocalDate asOf,
            MinshengRates.Figures figures) {

        public OffsetDateTime publishedAtChina() {
            return publishedAt.atZone(CHINA).toOffsetDateTime();
        }
    }
}
