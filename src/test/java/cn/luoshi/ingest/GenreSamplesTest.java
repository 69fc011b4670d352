package cn.luoshi.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts of the genre written for this test — a 政府工作报告 section, a 区委全会 speech, a 常务会议纪要 and a short
 * notice without markers — each with a reference written by reading, before the engine was run on it. They are not
 * seeds: the rules must carry over to them. The thresholds are lower than on the seeds, and honest about it.
 */
class GenreSamplesTest {

    static final List<String> SAMPLES = List.of("gov-report", "plenum-speech", "meeting-minutes", "short-notice", "heldout-economic-speech",
            "heldout-district-plan", "heldout-government-plenary", "heldout-economic-work-speech",
            "heldout-task-division-notice");

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();

    static DraftScorer.DocumentScore score(String name) {
        DraftScorer.Reference ref = DraftScorer.readReference(new String(
                Seeds.resource("/ingest/samples/" + name + ".json"), StandardCharsets.UTF_8));
        DirectiveDraft draft = DRAFTER.draft(ref.file(), Seeds.resource("/ingest/samples/" + ref.file()),
                LocalDate.of(2025, 3, 15));
        return DraftScorer.score(draft, ref);
    }

    @Test
    void samplesOfTheGenreScoreDecently() {
        List<String> misses = new ArrayList<>();
        DraftScorer.DocumentScore total = null;
        for (String name : SAMPLES) {
            DraftScorer.DocumentScore s = score(name);
            System.out.println(name + " nodes " + s.nodes() + " targets " + s.targets() + " figures " + s.figures());
            total = total == null ? s : total.plus(s);
            if (s.nodes().f1() < NODE_F1) {
                misses.add(name + " nodes " + s.nodes());
            }
            if (s.targets().f1() < TARGET_F1) {
                misses.add(name + " targets " + s.targets());
            }
            if (s.figures().f1() < FIGURE_F1) {
                misses.add(name + " figures " + s.figures());
            }
        }
        System.out.println("all nodes " + total.nodes() + " targets " + total.targets() + " figures " + total.figures());
        assertThat(misses).isEmpty();
    }

    // Held out (written after the fixes, scored before any rule was changed for them): heldout-economic-speech
    // targets 0.947 / figures 0.952; heldout-district-plan targets 1.0 / figures 0.714; heldout-government-plenary
    // targets 0.706 / figures 0.846 (nodes 1.0). Each then motivated rules of its own and scores 1.0 now.
    // Written to probe the weak spots left by the first sessions (a bare 增长7% in a task item, ①-items, objects in a
    // list of things each with its count) and scored before the rules changed: heldout-economic-work-speech nodes 0.778 /
    // targets 0.813 / figures 0.571; heldout-task-division-notice nodes 0.900 / targets 0.750 / figures 0.000 (no
    // figures expected, four drafted). 1.0 since — targeted samples, so that says less still.
    // Before the rules these samples motivated: targets F1 0.914 / 0.870 / 0.923 / 0.400, figures 1.0 / 1.0 / 0.857 /
    // 0.400 (nodes 1.0 throughout). After: 1.0 on all — which proves as little as the seeds' scores, since the rules
    // were then fixed on them; the thresholds are the seeds' goals, not the current numbers.
    static final double NODE_F1 = 0.95;
    static final double TARGET_F1 = 0.90;
    static final double FIGURE_F1 = 0.90;

    /**
     * A sample written after the last rule change and scored once, not tuned on (so it stays an estimate): nodes 1.0,
     * targets 0.933 (剩余32个新开工项目要全部开工 read as who acts), figures 0.769 (三个街道作了交流发言 in the recap
     * counted; 比去年同期减少6个 without its sign). Held to those figures so a change that makes it worse shows.
     */
    @Test
    void anUntunedSampleKeepsItsFirstScore() {
        DraftScorer.DocumentScore s = score("heldout-project-push-speech");
        System.out.println("heldout-project-push-speech nodes " + s.nodes() + " targets " + s.targets() + " figures "
                + s.figures());
        assertThat(s.nodes().f1()).isGreaterThanOrEqualTo(1.0);
        assertThat(s.targets().f1()).isGreaterThanOrEqualTo(0.933);
        assertThat(s.figures().f1()).isGreaterThanOrEqualTo(0.769);
    }
}
