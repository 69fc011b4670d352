package cn.luoshi.supervision;

import cn.luoshi.common.SearchHit;
import cn.luoshi.common.SearchHits;
import cn.luoshi.common.SearchQuery;
import cn.luoshi.common.SearchStatistics;
import cn.luoshi.org.CurrentUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supervision's search face (全文检索, issue 12): 督办单 whose number, 督办事项, 依据, 要求 or 办复 contain every word of
 * a query, or whose 承办单位 a word names — scoped as the 督办单 list scopes them ({@link SupervisionStore#scope}: a
 * unit user finds only its own unit's orders), newest first, the count capped at {@link SearchHits#COUNT_CAP}.
 */
@Component
public class OrderSearch {

    /** The indexed text (identical to the expression of {@code supervision/V3_020__order_search.sql}). */
    static final String ORDER_TEXT = "(o.number || ' ' || o.task_title || ' ' || o.basis || ' ' || o.requirement || ' '"
            + " || coalesce(o.response, ''))";

    private final JdbcClient jdbc;
    private final SearchStatistics statistics;

    OrderSearch(JdbcClient jdbc, SearchStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    public SearchHits orders(SearchQuery q, CurrentUser me, int offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("scopeUnit", SupervisionStore.scopeUnit(me));
        String where = q.where(ORDER_TEXT, units -> "o.unit_id = any(" + units + ")", p,
                w -> statistics.common("supervision_order_search_idx", w)) + " and "
                + SupervisionStore.scope("o.unit_id");
        List<String> words = q.texts();
        List<SearchHit> hits = jdbc.sql("""
                        select o.id, o.number, o.task_title, o.basis, o.requirement, o.response, o.issued_on, o.status,
                          u.short_name as unit
                        from supervision_order o left join unit u on u.id = o.unit_id
                        where\s""" + where + " order by o.year desc, o.seq desc limit :limit offset :offset")
                .params(p).param("limit", limit).param("offset", offset)
                .query((rs, i) -> SearchHit.of(words, rs.getString("number") + "　" + rs.getString("task_title"),
                        text(rs.getString("basis"), rs.getString("requirement"), rs.getString("response")),
                        rs.getObject("issued_on", LocalDate.class), "签发", rs.getString("unit"),
                        OrderStatus.valueOf(rs.getString("status")).label(),
                        "/supervision/orders/" + rs.getLong("id")))
                .list();
        long count = hits.size() < limit && offset == 0 ? hits.size()
                : jdbc.sql(SearchHits.cappedCount("select 1 from supervision_order o where " + where)).params(p)
                        .query(Long.class).single();
        return SearchHits.of(hits, count);
    }

    private static String text(String basis, String requirement, String response) {
        String s = "督办依据：" + basis + "　督办要求：" + requirement;
        return response == null || response.isBlank() ? s : s + "　办复：" + response;
    }
}
