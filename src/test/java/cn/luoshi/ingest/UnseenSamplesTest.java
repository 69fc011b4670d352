package cn.luoshi.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Four samples of the genres issue 18 names — a district government work report, a 责任分解 table, a news report of
 * a leader's speech, a quarter-end meeting speech — written from public documents of those genres, each with a
 * reference written by hand before the engine was run on it. Prints P/R/F1 per sample and per category; the
 * figures before any rule was changed are in {@code docs/benchmarks-ingest.md}.
 */
class UnseenSamplesTest {

    static final List<String> SAMPLES = List.of("work-report", "task-division", "news-speech", "quarter-speech");

    static DraftScorer.DocumentScore score(String name) {
        DraftScorer.Reference ref = DraftScorer.readReference(new String(
                Seeds.resource("/ingest/unseen/" + name + ".json"), StandardCharsets.UTF_8));
        DirectiveDraft draft = DirectiveDrafter.create().draft(ref.file(),
                Seeds.resource("/ingest/unseen/" + ref.file()), LocalDate.of(2025, 3, 15));
        return DraftScorer.score(draft, ref);
    }

    @Test
    void printsTheScores() {
        DraftScorer.DocumentScore total = null;
        for (String name : SAMPLES) {
            DraftScorer.DocumentScore s = score(name);
            System.out.println("UNSEEN " + name + "\n  nodes " + s.nodes() + "\n  targets " + s.targets()
                    + "\n  figures " + s.figures() + "\n  units " + s.units());
            total = total == null ? s : total.plus(s);
        }
        System.out.println("UNSEEN all\n  nodes " + total.nodes() + "\n  targets " + total.targets()
                + "\n  figures " + total.figures() + "\n  units " + total.units());
    }
}
