package cn.luoshi.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference drafts kept outside the project (third-party texts are not copied into the repository): every
 * {@code NAME.json} in {@code LUOSHI_HELDOUT_DIR} with its {@code NAME.txt}, written by hand by someone who never saw
 * the engine's output. Prints P/R/F1 per text and category and, item by item, what the reference has that the draft
 * missed (−) and what the draft has that the reference does not (+), to target/heldout-drafts.txt.
 * {@code bench/drafts-heldout.sh DIR} runs it; the figures are in docs/benchmarks-ingest.md.
 */
class HeldOutDraftsTest {

    @Test
    @EnabledIfEnvironmentVariable(named = "LUOSHI_HELDOUT_DIR", matches = ".+")
    void referenceDraftsKeptOutsideTheProject() throws IOException {
        Path dir = Path.of(System.getenv("LUOSHI_HELDOUT_DIR"));
        List<Path> refs;
        try (Stream<Path> s = Files.list(dir)) {
            refs = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(refs).as("reference drafts in %s", dir).isNotEmpty();
        List<String> out = new ArrayList<>();
        DraftScorer.DocumentScore total = null;
        for (Path p : refs) {
            DraftScorer.Reference ref = DraftScorer.readReference(Files.readString(p, StandardCharsets.UTF_8));
            DirectiveDraft draft = DirectiveDrafter.create().draft(ref.file(),
                    Files.readAllBytes(dir.resolve(ref.file())), LocalDate.of(2025, 3, 1));
            DraftScorer.DocumentScore s = DraftScorer.score(draft, ref);
            total = total == null ? s : total.plus(s);
            out.add("## " + ref.file());
            out.add("  nodes " + (ref.scoreNodes() ? s.nodes() : "not scored") + "\n  targets "
                    + (ref.scoreTargets() ? s.targets() : "not scored") + "\n  figures "
                    + (ref.scoreFigures() ? s.figures() : "not scored") + "\n  units "
                    + (ref.scoreUnits() ? s.units() : "not scored"));
            if (ref.scoreNodes()) {
                diff(out, "node", ref.nodes(), draft.structure().stream()
                        .map(n -> new DraftScorer.NodeItem(n.depth(), n.marker(), n.title())).toList(),
                        DraftScorer::nodeMatches, null, n -> n.depth() + " " + n.marker() + " " + n.title());
            }
            if (ref.scoreTargets()) {
                diff(out, "target", ref.targets(), draft.targets().stream()
                        .map(t -> new DraftScorer.TargetItem(t.value(), t.unit(), t.object(), t.redacted())).toList(),
                        DraftScorer::targetMatches, null, t -> t.value() + " " + t.unit() + " " + t.object());
            }
            if (ref.scoreFigures()) {
                diff(out, "figure", ref.figures().stream().filter(f -> f.value() != null).toList(),
                        draft.figures().stream().filter(f -> f.value() != null)
                                .map(f -> new DraftScorer.FigureItem(f.measure(), f.value(), f.subject())).toList(),
                        DraftScorer::figureMatches, null, f -> f.measure() + " " + f.value() + " " + f.subject());
            }
            if (ref.scoreUnits()) {
                diff(out, "unit", ref.units(), draft.structureUnits().stream()
                        .map(u -> new DraftScorer.UnitItem(u.name(), u.unit(), u.role())).toList(),
                        DraftScorer::sameUnit, DraftScorer::unitMatches, u -> u.name() + " → " + u.unit() + " " + u.role());
            }
        }
        out.add(0, "# all " + refs.size() + " texts\n  nodes " + total.nodes() + "\n  targets " + total.targets()
                + "\n  figures " + total.figures() + "\n  units " + total.units());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "heldout-drafts.txt"), out);
        out.stream().filter(l -> !l.startsWith("    ")).forEach(System.out::println);
    }

    /**
     * Lists reference items the draft missed (−) and drafted items the reference does not have (+), paired as scored
     * ({@code then} null: one rule pairs).
     */
    private static <T> void diff(List<String> out, String kind, List<T> reference, List<T> drafted,
                                 BiPredicate<T, T> first, BiPredicate<T, T> then, Function<T, String> show) {
        int[] pairs = DraftScorer.pair(reference, drafted, first, then == null ? first : then);
        boolean[] used = new boolean[drafted.size()];
        for (int r = 0; r < reference.size(); r++) {
            if (pairs[r] < 0) {
                out.add("    − " + kind + " " + show.apply(reference.get(r)));
            } else {
                used[pairs[r]] = true;
            }
        }
        for (int i = 0; i < drafted.size(); i++) {
            if (!used[i]) {
                out.add("    + " + kind + " " + show.apply(drafted.get(i)));
            }
        }
    }
}
