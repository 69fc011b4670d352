package cn.luoshi.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common a search word is in one table (常用词判断), from PostgreSQL's own statistics of a search index (the most
 * common two-character pieces and their frequencies, kept by ANALYZE). A word estimated to be in at least
 * {@link #COMMON} of the rows (推进、按计划推进 in progress reports) is better found by reading the newest rows until
 * enough match than through the index, which would hand over every match first; the searching modules then test
 * it with {@code ilike} alone ({@link SearchQuery#where(String, java.util.function.Function, Map, java.util.function.Predicate)}).
 * Read at most every ten minutes per index; without statistics (a new database) every word counts as rare.
 */
@Component
public class SearchStatistics {

    /** Share of rows from which a word counts as common. */
    public static final double COMMON = 0.02;
    private static final Duration KEEP = Duration.ofMinutes(10);

    private record Pieces(Map<String, Float> freq, float least, Instant read) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Pieces> byIndex = new ConcurrentHashMap<>();

    SearchStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether {@code word} occurs in at least {@link #COMMON} of the rows the index {@code index} covers. */
    public boolean common(String index, String word) {
        Pieces p = pieces(index);
        if (p.freq().isEmpty()) {
            return false;
        }
        Set<String> bigrams = SearchQuery.bigrams(word);
        return !bigrams.isEmpty() && share(p.freq(), p.least(), bigrams) >= COMMON;
    }

    /**
     * The estimated share of rows that hold all {@code pieces}, given the most common pieces' frequencies and the least
     * of them. As PostgreSQL's planner estimates it (as if independent): a word whose pieces always occur together
     * (按计划推进 in generated reports) is common, while 任务12345 — each piece common, the word rare — is not. A
     * piece not among the most common is rarer than the least of them: half of that, at most 0.5%
     * (array_selfuncs.c, DEFAULT_CONTAIN_SEL).
     */
    static double share(Map<String, Float> freq, float least, Set<String> pieces) {
        double unlisted = Math.min(0.005, least / 2.0);
        double share = 1;
        for (String b : pieces) {
            Float f = freq.get(b);
            share *= f == null ? unlisted : f;
        }
        return share;
    }

    private Pieces pieces(String index) {
        Instant now = clock.instant();
        Pieces p = byIndex.get(index);
        if (p == null || p.read().plus(KEEP).isBefore(now)) {
            p = read(index, now);
            byIndex.put(index, p);
        }
        return p;
    }

    private Pieces read(String index, Instant now) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select cast(cast(most_common_elems as text) as text[]) as elems,
                       most_common_elem_freqs as freqs
                from pg_stats where schemaname = current_schema() and tablename = :index
                  and most_common_elems is not null""").param("index", index)
                .query((rs, i) -> Map.<String, Object>of("elems", rs.getArray("elems").getArray(),
                        "freqs", rs.getArray("freqs").getArray()))
                .list();
        if (rows.isEmpty()) {
            return new Pieces(Map.of(), 0, now);
        }
        String[] elems = (String[]) rows.get(0).get("elems");
        Float[] freqs = (Float[]) rows.get(0).get("freqs");
        Map<String, Float> freq = new HashMap<>();
        for (int i = 0; i < elems.length && i < freqs.length; i++) {
            freq.put(elems[i], freqs[i]);
        }
        // After the elements' frequencies PostgreSQL stores the least and the greatest of them (and the nulls').
        float least = freqs.length > elems.length ? freqs[elems.length] : 0;
        return new Pieces(freq, least, now);
    }
}
