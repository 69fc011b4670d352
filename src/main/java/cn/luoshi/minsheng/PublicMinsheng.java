package cn.luoshi.minsheng;

import cn.luoshi.common.DatabaseStatus;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * What the public page and the feed read: the latest publication, kept in memory once read or published. A
 * publication is frozen, so the copy for its number is the publication; while the database is away the public sees
 * the last one known instead of an error page (a publication made then cannot exist: publishing needs the database).
 */
@Component
public class PublicMinsheng {

    private final MinshengService minsheng;
    private final Latest latest;

    PublicMinsheng(MinshengService minsheng, Latest latest) {
        this.minsheng = minsheng;
        this.latest = latest;
    }

    /**
     * Reads the latest publication once at start, so a database that goes away after a restart still leaves the
     * public its last page (the application cannot start without the database, so the copy is always there by then).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warm() {
        try {
            latestSummary().ifPresent(this::published);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(PublicMinsheng.class).warn("民生实事公开页缓存预读失败：{}", e.getMessage());
        }
    }

    /** The latest publication's number and time; the last one known while the database is away. */
    public Optional<Publication.Summary> latestSummary() {
        try {
            return minsheng.latestSummary();
        } catch (RuntimeException e) {
            Publication known = latest.get();
            if (known == null || !DatabaseStatus.isOutage(e)) {
                throw e;
            }
            return Optional.of(new Publication.Summary(known.id(), known.number(), known.publishedAt(),
                    known.publishedBy(), known.asOf(), known.figures()));
        }
    }

    /** The publication with its items, from memory when it is the one kept. */
    public Publication published(Publication.Summary summary) {
        Publication known = latest.get();
        if (known != null && known.id() == summary.id()) {
            return known;
        }
        Publication read = minsheng.published(summary);
        latest.remember(read);
        return read;
    }

    /** The latest publication kept in memory (set by a read here and by a committed publish). */
    @Component
    static class Latest {

        private final AtomicReference<Publication> ref = new AtomicReference<>();

        Publication get() {
            return ref.get();
        }

        /** Keeps {@code p} unless a later number is already kept. */
        void remember(Publication p) {
            ref.accumulateAndGet(p, (old, neu) -> old != null && old.number() > neu.number() ? old : neu);
        }
    }
}
