package cn.luoshi.search;

import cn.luoshi.bulletins.BulletinSearch;
import cn.luoshi.common.SearchHits;
import cn.luoshi.common.SearchQuery;
import cn.luoshi.ledger.LedgerSearch;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import cn.luoshi.supervision.OrderSearch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 全文检索: a query's hits of every kind, each kind from the face of the module that owns it (and scoped there). A word
 * that is part of a unit's short or full name (住建, 城管局) also finds that unit's tasks, reports, problems and 督办单.
 */
@Service
public class SiteSearch {

    /** Hits per kind on the overview page. */
    public static final int PER_KIND = 5;
    /** Hits per page when one kind is shown (更多). */
    public static final int PAGE_SIZE = 20;

    private final LedgerSearch ledger;
    private final OrderSearch orders;
    private final BulletinSearch bulletins;
    private final OrgDirectory org;

    SiteSearch(LedgerSearch ledger, OrderSearch orders, BulletinSearch bulletins,
            OrgDirectory org) {
        this.ledger = ledger;
        this.orders = orders;
        this.bulletins = bulletins;
        this.org = org;
    }

    /** The query as typed, parsed, with the units each word names. */
    public SearchQuery parse(String q) {
        SearchQuery query = SearchQuery.parse(q);
        if (!query.searchable()) {
            return query;
        }
        List<Unit> units = org.units();
        return query.withUnits(word -> {
            String w = word.toLowerCase(Locale.ROOT);
            return units.stream().filter(u -> contains(u.shortName(), w) || contains(u.fullName(), w))
                    .map(Unit::id).toList();
        });
    }

    /** The first {@link #PER_KIND} hits of every kind, with their counts (in one read-only transaction). */
    @Transactional(readOnly = true)
    public Map<SearchKind, SearchHits> overview(SearchQuery q, CurrentUser me) {
        Map<SearchKind, SearchHits> out = new LinkedHashMap<>();
        for (SearchKind kind : SearchKind.values()) {
            out.put(kind, q.searchable() ? of(kind, q, me, 0, PER_KIND) : SearchHits.none());
        }
        return out;
    }

    /** One page of one kind's hits (更多). */
    @Transactional(readOnly = true)
    public SearchHits page(SearchKind kind, SearchQuery q, CurrentUser me, int page) {
        if (!q.searchable()) {
            return SearchHits.none();
        }
        int p = Math.max(0, Math.min(page, SearchHits.COUNT_CAP / PAGE_SIZE));
        return of(kind, q, me, p * PAGE_SIZE, PAGE_SIZE);
    }

    private SearchHits of(SearchKind kind, SearchQuery q, CurrentUser me, int offset, int limit) {
        return switch (kind) {
            case DIRECTIVE -> ledger.directives(q, me, offset, limit);
            case TASK -> ledger.tasks(q, me, offset, limit);
            case REPORT -> ledger.reports(q, me, offset, limit);
            case PROBLEM -> ledger.problems(q, me, offset, limit);
            case ORDER -> orders.orders(q, me, offset, limit);
            case BULLETIN -> bulletins.bulletins(q, me, offset, limit);
        };
    }

    private static boolean contains(String name, String lowerWord) {
        return name != null && name.toLowerCase(Locale.ROOT).contains(lowerWord);
    }
}
