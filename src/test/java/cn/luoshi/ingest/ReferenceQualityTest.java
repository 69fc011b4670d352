package cn.luoshi.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The goals of the issue, on every reference draft: node F1 ≥ 0.95, target F1 ≥ 0.90, figure F1 ≥ 0.90. */
class ReferenceQualityTest {

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();

    @Test
    void everyReferenceMeetsTheQualityGoals() {
        List<String> misses = new ArrayList<>();
        for (String id : Seeds.IDS) {
            DraftScorer.Reference ref = Seeds.reference(id);
            DirectiveDraft draft = DRAFTER.draft(ref.file(), Seeds.speech(id), LocalDate.of(2023, 7, 31));
            DraftScorer.DocumentScore score = DraftScorer.score(draft, ref);
            if (score.nodes().f1() < 0.95) {
                misses.add(id + " nodes " + score.nodes());
            }
            if (score.targets().f1() < 0.90) {
                misses.add(id + " targets " + score.targets());
            }
            if (score.figures().f1() < 0.90) {
                misses.add(id + " figures " + score.figures());
            }
        }
        assertThat(misses).isEmpty();
    }
}
