package cn.luoshi.ingest.owners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 采纳记录 — the organisation's own accepted history as owner evidence: when a reviewed draft is accepted, the
 * field words of each accepted task (its title and its paragraph, {@link Segments#topical}) are counted for
 * the lead unit the clerk kept or chose (table {@code ingest_learned_word}). A correction on one draft thus informs
 * the suggestions on the next. Read by {@link OwnerSuggestions}.
 */
@Service
public class LearnedWords {

    /** One accepted task: its title, its paragraph and the lead unit it was given. */
    public record AcceptedTask(String title, String text, long leadUnitId) {
    }

    private final JdbcClient jdbc;

    LearnedWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The words of one accepted task: field words of the title and of the paragraph, each once. */
    public static Set<String> wordsOf(String title, String text) {
        Set<String> out = new LinkedHashSet<>(Segments.topical(title));
        out.addAll(Segments.topical(text));
        out.removeIf(w -> w.length() > 20);
        return out;
    }

    /** Counts the accepted tasks of one directive (dated {@code on}); runs in the caller's transaction. */
    @Transactional
    public void record(List<AcceptedTask> accepted, LocalDate on) {
        List<Object[]> batch = new ArrayList<>();
        for (AcceptedTask t : accepted) {
            for (String w : wordsOf(t.title(), t.text())) {
                batch.add(new Object[] {w, t.leadUnitId(), on});
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        // one statement: unnest the three arrays, add one task per (word, unit)
        String[] words = batch.stream().map(b -> (String) b[0]).toArray(String[]::new);
        Long[] units = batch.stream().map(b -> (Long) b[1]).toArray(Long[]::new);
        jdbc.sql("""
                insert into ingest_learned_word as l (word, unit_id, tasks, last_on)
                select w, u, count(*), :on from unnest(:words::text[], :units::bigint[]) as x(w, u) group by w, u
                on conflict (word, unit_id) do update set tasks = l.tasks + excluded.tasks,
                  last_on = greatest(l.last_on, excluded.last_on), updated_at = luoshi_now()""")
                .param("words", words).param("units", units).param("on", on).update();
    }

    /** Every learned word with its counts. */
    @Transactional(readOnly = true)
    public List<OwnerSuggester.LearnedWord> all() {
        return jdbc.sql("select word, unit_id, tasks from ingest_learned_word order by word, unit_id")
                .query((rs, i) -> new OwnerSuggester.LearnedWord(rs.getString(1), rs.getLong(2), rs.getInt(3)))
                .list();
    }
}
