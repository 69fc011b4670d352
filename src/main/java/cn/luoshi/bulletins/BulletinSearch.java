package cn.luoshi.bulletins;

import cn.luoshi.common.SearchHit;
import cn.luoshi.common.SearchHits;
import cn.luoshi.common.SearchQuery;
import cn.luoshi.common.SearchStatistics;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OfficeName;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bulletins' search face (全文检索, issue 12): 通报 whose title, scope, period or 下步要求 contain every word of a
 * query — scoped as the 通报 page scopes them (published ones for everyone signed in, drafts for the 督查室 only:
 * {@link BulletinService#mayManage}), newest first, the count capped at {@link SearchHits#COUNT_CAP}.
 */
@Component
public class BulletinSearch {

    /** The indexed text (identical to the expression of {@code bulletins/V3_210__bulletin_search.sql}). */
    static final String BULLETIN_TEXT =
            "(b.title || ' ' || b.scope_label || ' ' || b.period_label || ' ' || b.requirements)";

    private final JdbcClient jdbc;
    private final SearchStatistics statistics;
    private final OfficeName office;

    BulletinSearch(JdbcClient jdbc, OfficeName office, SearchStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.office = office;
    }

    public SearchHits bulletins(SearchQuery q, CurrentUser me, int offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("drafts", BulletinService.mayManage(me));
        String where = q.where(BULLETIN_TEXT, null, p, w -> statistics.common("bulletin_search_idx", w)) + " and (b.status = 'PUBLISHED' or :drafts)";
        List<String> words = q.texts();
        List<SearchHit> hits = jdbc.sql("""
                        select b.id, b.title, b.scope_label, b.period_label, b.requirements, b.status, b.issue_year,
                          b.issue_number, cast(coalesce(b.published_at, b.generated_at) as date) as dated
                        from bulletin b
                        where\s""" + where + " order by b.id desc limit :limit offset :offset")
                .params(p).param("limit", limit).param("offset", offset)
                .query((rs, i) -> {
                    boolean published = "PUBLISHED".equals(rs.getString("status"));
                    String text = rs.getString("period_label") + "　" + rs.getString("scope_label")
                            + (rs.getString("requirements").isBlank() ? "" : "　下步要求：" + rs.getString("requirements"));
                    return SearchHit.of(words, rs.getString("title"), text, rs.getObject("dated", LocalDate.class),
                            published ? "发布" : "生成", office.name(),
                            published ? rs.getInt("issue_year") + "年第" + rs.getInt("issue_number") + "期" : "草稿",
                            "/bulletins/" + rs.getLong("id"));
                })
                .list();
        long count = hits.size() < limit && offset == 0 ? hits.size()
                : jdbc.sql(SearchHits.cappedCount("select 1 from bulletin b where " + where)).params(p)
                        .query(Long.class).single();
        return SearchHits.of(hits, count);
    }
}
