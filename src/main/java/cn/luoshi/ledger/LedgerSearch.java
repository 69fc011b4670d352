package cn.luoshi.ledger;

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
 * The ledger's search face (全文检索, issue 12): directives (指示/讲话), tasks (任务), progress reports (进展报告) and
 * problems (问题) that contain every word of a query, scoped as the ledger's own lists scope them (a unit user finds
 * only the tasks its lists show — {@link TaskStore#SCOPE} — and the reports and problems of those tasks; directives as
 * the 来源 list shows them), newest first, with a count capped at {@link SearchHits#COUNT_CAP}. Each kind searches one
 * expression, the one its GIN index of two-character pieces covers ({@code ledger/V3_970__search.sql}).
 */
@Component
public class LedgerSearch {

    /** The indexed texts (identical to the index expressions of V3_970, so the planner uses them). */
    static final String DIRECTIVE_TEXT = "(d.title || ' ' || d.issuer || ' ' || coalesce(d.body, ''))";
    static final String TASK_TEXT = "(t.title || ' ' || coalesce(t.description, ''))";
    static final String REPORT_TEXT =
            "(r.narrative || ' ' || coalesce(r.difficulties, '') || ' ' || coalesce(r.next_steps, ''))";
    static final String PROBLEM_TEXT = "(p.description || ' ' || coalesce(p.resolution, ''))";

    private final JdbcClient jdbc;
    private final SearchStatistics statistics;

    LedgerSearch(JdbcClient jdbc, SearchStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    /** 指示/讲话: directives whose title, issuer or text contain the words. */
    public SearchHits directives(SearchQuery q, CurrentUser me, int offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("scopeUnit", TaskStore.scopeUnit(me));
        String where = q.where(DIRECTIVE_TEXT, null, p, w -> statistics.common("directive_search_idx", w)) + " and " + DirectiveService.VISIBLE;
        List<String> words = q.texts();
        return page("from directive d where " + where, p, offset, limit,
                "select d.id, d.title, d.issuer, d.body, d.issued_on, d.kind from directive d where " + where
                        + " order by d.issued_on desc, d.id desc",
                (rs, i) -> SearchHit.of(words, rs.getString("title"),
                        textOr(rs.getString("body"), rs.getString("issuer")), rs.getObject("issued_on", LocalDate.class),
                        "下达", rs.getString("issuer"), DirectiveKind.valueOf(rs.getString("kind")).label(),
                        "/directives/" + rs.getLong("id")));
    }

    /**
     * 任务: tasks and measures (not the 方面 headings, which the task list leaves out either) whose name or content
     * contain the words, or whose lead or co-operating unit a word names.
     */
    public SearchHits tasks(SearchQuery q, CurrentUser me, int offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        String where = "t.kind <> 'AREA' and " + q.where(TASK_TEXT, units -> "(t.lead_unit_id = any(" + units
                + ") or t.id in (select task_id from task_co_unit where unit_id = any(" + units + ")))", p,
                w -> statistics.common("task_search_idx", w))
                + scope("t.id", me, p);
        List<String> words = q.texts();
        return page("from task t where " + where, p, offset, limit, """
                        select t.id, t.title, t.description, t.deadline, t.status, u.short_name as unit
                        from task t left join unit u on u.id = t.lead_unit_id
                        where\s""" + where + " order by t.id desc",
                (rs, i) -> SearchHit.of(words, rs.getString("title"),
                        textOr(rs.getString("description"), rs.getString("title")),
                        rs.getObject("deadline", LocalDate.class), "时限", rs.getString("unit"),
                        TaskStatus.valueOf(rs.getString("status")).label(), "/tasks/" + rs.getLong("id")));
    }

    /** 进展报告: reports whose narrative, difficulties or next steps contain the words, or of a unit a word names. */
    public SearchHits reports(SearchQuery q, CurrentUser me, int offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        String where = q.where(REPORT_TEXT, units -> "r.unit_id = any(" + units + ")", p,
                w -> statistics.common("progress_report_search_idx", w)) + scope("r.task_id", me, p);
        List<String> words = q.texts();
        return page("from progress_report r where " + where, p, offset, limit, """
                        select r.id, r.task_id, t.title, r.narrative, r.difficulties, r.next_steps, r.reported_on,
                          r.needs_coordination, u.short_name as unit
                        from progress_report r join task t on t.id = r.task_id left join unit u on u.id = r.unit_id
                        where\s""" + where + " order by r.reported_on desc, r.id desc",
                (rs, i) -> SearchHit.of(words, rs.getString("title"), join(rs.getString("narrative"),
                                rs.getString("difficulties"), rs.getString("next_steps")),
                        rs.getObject("reported_on", LocalDate.class), "报送", rs.getString("unit"),
                        rs.getBoolean("needs_coordination") ? "需协调" : null,
                        "/tasks/" + rs.getLong("task_id") + "#reports"));
    }

    /** 问题: problems whose description or resolution contain the words, or owned by a unit a word names. */
    public SearchHits problems(SearchQuery q, CurrentUser me, int offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        String where = q.where(PROBLEM_TEXT, units -> "p.owner_unit_id = any(" + units + ")", p,
                w -> statistics.common("problem_search_idx", w))
                + scope("p.task_id", me, p);
        List<String> words = q.texts();
        return page("from problem p where " + where, p, offset, limit, """
                        select p.id, p.task_id, t.title, p.description, p.resolution, p.status,
                          cast(p.raised_at as date) as raised_on, u.short_name as unit
                        from problem p join task t on t.id = p.task_id left join unit u on u.id = p.owner_unit_id
                        where\s""" + where + " order by p.id desc",
                (rs, i) -> SearchHit.of(words, rs.getString("title"),
                        join(rs.getString("description"), rs.getString("resolution")),
                        rs.getObject("raised_on", LocalDate.class), "提出", rs.getString("unit"),
                        ProblemStatus.valueOf(rs.getString("status")).label(),
                        "/tasks/" + rs.getLong("task_id") + "#problems"));
    }

    /**
     * A unit user's rows: those of the tasks its task list shows (the ledger's scope rule, as a set of task ids). As an
     * array computed once ({@code = any(array(…))}), so the plan starts from the unit's few hundred tasks and their
     * rows by the task index, instead of reading the newest rows of every unit until enough of the unit's match.
     */
    private static String scope(String taskIdColumn, CurrentUser me, Map<String, Object> p) {
        if (me.seesEverything()) {
            return "";
        }
        p.put("scopeUnit", me.unitId());
        return " and " + taskIdColumn + " = any(array(" + TaskStore.SCOPE_IDS + "))";
    }

    private SearchHits page(String fromWhere, Map<String, Object> p, int offset, int limit, String select,
            org.springframework.jdbc.core.RowMapper<SearchHit> mapper) {
        List<SearchHit> hits = jdbc.sql(select + " limit :limit offset :offset").params(p).param("limit", limit)
                .param("offset", offset).query(mapper).list();
        long count = hits.size() < limit && offset == 0 ? hits.size()
                : jdbc.sql(SearchHits.cappedCount("select 1 " + fromWhere)).params(p).query(Long.class).single();
        return SearchHits.of(hits, count);
    }

    private static String textOr(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                s.append(s.isEmpty() ? "" : "　").append(part.strip());
            }
        }
        return s.toString();
    }

}
