package cn.luoshi.ingest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Scores a draft against a hand-written reference (评分), exactly as {@code docs/contracts/directive-draft.md} says:
 * <ul>
 *   <li>a node matches when depth and marker are equal and the titles share their first six characters
 *   (punctuation and a leading 要 ignored);</li>
 *   <li>a target matches when the value is equal (or both are redacted), the unit is equal, and at least half of the
 *   reference object's characters appear in the drafted object;</li>
 *   <li>a figure matches when measure and value are equal and at least half of the reference subject's characters
 *   appear in the drafted subject. Figures whose value is masked (null) are not scored;</li>
 *   <li>a unit (责任单位) matches when the role is equal and at least half of the reference name's characters appear
 *   in the drafted {@code name} or {@code unit}. Units are scored only where the reference lists them.</li>
 * </ul>
 * Each reference item is matched to at most one drafted item (first unmatched match, in document order; units by
 * the same name and role first, then by the half-of-the-characters rule — see {@link #pair}). With
 * nothing to find and nothing found, precision, recall and F1 are 1.
 */
public final class DraftScorer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DraftScorer() {}

    /** True positives, false positives, false negatives. */
    public record Prf(int tp, int fp, int fn) {
        public static final Prf ZERO = new Prf(0, 0, 0);

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        public Prf plus(Prf o) {
            return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    public record DocumentScore(String file, Prf nodes, Prf targets, Prf figures, Prf units) {
        public DocumentScore(String file, Prf nodes, Prf targets, Prf figures) {
            this(file, nodes, targets, figures, Prf.ZERO);
        }

        public DocumentScore plus(DocumentScore o) {
            return new DocumentScore("overall", nodes.plus(o.nodes), targets.plus(o.targets), figures.plus(o.figures),
                    units.plus(o.units));
        }
    }

    public record NodeItem(int depth, String marker, String title) {}

    public record TargetItem(BigDecimal value, String unit, String object, boolean redacted) {}

    public record FigureItem(String measure, BigDecimal value, String subject) {}

    /** A responsible unit: the name as written, the unit it was matched to (or null), the role. */
    public record UnitItem(String name, String unit, String role) {}

    /**
     * A reference draft; a category whose scope is "none" is not scored, and units only where the reference lists
     * them ({@code units} present).
     */
    public record Reference(String file, List<NodeItem> nodes, List<TargetItem> targets, List<FigureItem> figures,
                            List<UnitItem> units, boolean scoreNodes, boolean scoreTargets, boolean scoreFigures,
                            boolean scoreUnits) {
        public Reference(String file, List<NodeItem> nodes, List<TargetItem> targets, List<FigureItem> figures,
                         boolean scoreNodes, boolean scoreTargets, boolean scoreFigures) {
            this(file, nodes, targets, figures, List.of(), scoreNodes, scoreTargets, scoreFigures, false);
        }
    }

    /** Reads a reference in the contract's format (fields it does not score may be left out). */
    public static Reference readReference(String json) {
        JsonNode root = JSON.readTree(json);
        JsonNode scope = root.path("scope");
        List<NodeItem> nodes = new ArrayList<>();
        for (JsonNode n : root.path("nodes")) {
            nodes.add(new NodeItem(n.path("depth").asInt(), text(n.get("marker")), text(n.get("title"))));
        }
        List<TargetItem> targets = new ArrayList<>();
        for (JsonNode t : root.path("targets")) {
            targets.add(new TargetItem(number(t.get("value")), text(t.get("unit")), text(t.get("object")),
                    t.path("redacted").asBoolean(false)));
        }
        List<FigureItem> figures = new ArrayList<>();
        for (JsonNode f : root.path("figures")) {
            figures.add(new FigureItem(text(f.get("measure")), number(f.get("value")), text(f.get("subject"))));
        }
        List<UnitItem> units = new ArrayList<>();
        for (JsonNode u : root.path("units")) {
            units.add(new UnitItem(text(u.get("name")), text(u.get("unit")), text(u.get("role"))));
        }
        return new Reference(text(root.path("source").get("file")), nodes, targets, figures, units,
                !"none".equals(text(scope.get("nodes"))), !"none".equals(text(scope.get("targets"))),
                !"none".equals(text(scope.get("figures"))),
                root.has("units") && !"none".equals(text(scope.get("units"))));
    }

    public static DocumentScore score(DirectiveDraft draft, Reference reference) {
        List<NodeItem> nodes = draft.structure().stream()
                .map(n -> new NodeItem(n.depth(), n.marker(), n.title())).toList();
        List<TargetItem> targets = draft.targets().stream()
                .map(t -> new TargetItem(t.value(), t.unit(), t.object(), t.redacted())).toList();
        List<FigureItem> figures = draft.figures().stream()
                .map(f -> new FigureItem(f.measure(), f.value(), f.subject())).toList();
        List<UnitItem> units = draft.structureUnits().stream()
                .map(u -> new UnitItem(u.name(), u.unit(), u.role())).toList();
        return score(reference.file(), nodes, targets, figures, units, reference);
    }

    public static DocumentScore score(String file, List<NodeItem> nodes, List<TargetItem> targets,
                                      List<FigureItem> figures, Reference ref) {
        return score(file, nodes, targets, figures, List.of(), ref);
    }

    public static DocumentScore score(String file, List<NodeItem> nodes, List<TargetItem> targets,
                                      List<FigureItem> figures, List<UnitItem> units, Reference ref) {
        Prf n = ref.scoreNodes() ? match(ref.nodes(), nodes, DraftScorer::nodeMatches) : Prf.ZERO;
        Prf t = ref.scoreTargets() ? match(ref.targets(), targets, DraftScorer::targetMatches) : Prf.ZERO;
        Prf f = ref.scoreFigures()
                ? match(ref.figures().stream().filter(x -> x.value() != null).toList(),
                        figures.stream().filter(x -> x.value() != null).toList(), DraftScorer::figureMatches)
                : Prf.ZERO;
        Prf u = ref.scoreUnits() ? matchExactFirst(ref.units(), units) : Prf.ZERO;
        return new DocumentScore(file, n, t, f, u);
    }

    static boolean unitMatches(UnitItem ref, UnitItem drafted) {
        return equal(ref.role(), drafted.role())
                && (covers(ref.name(), orEmpty(drafted.name())) || covers(ref.name(), orEmpty(drafted.unit())));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static boolean nodeMatches(NodeItem ref, NodeItem drafted) {
        return ref.depth() == drafted.depth() && equal(ref.marker(), drafted.marker())
                && titleKey(ref.title()).equals(titleKey(drafted.title()));
    }

    static boolean targetMatches(TargetItem ref, TargetItem drafted) {
        boolean value = ref.redacted() && drafted.redacted()
                || !ref.redacted() && !drafted.redacted() && sameNumber(ref.value(), drafted.value());
        return value && equal(ref.unit(), drafted.unit()) && covers(ref.object(), drafted.object());
    }

    static boolean figureMatches(FigureItem ref, FigureItem drafted) {
        return equal(ref.measure(), drafted.measure()) && sameNumber(ref.value(), drafted.value())
                && covers(ref.subject(), drafted.subject());
    }

    /** The first six characters of a title, punctuation and a leading 要 ignored. */
    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        title.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        String s = sb.toString();
        if (s.startsWith("要")) {
            s = s.substring(1);
        }
        return s.codePointCount(0, s.length()) <= 6 ? s : s.substring(0, s.offsetByCodePoints(0, 6));
    }

    /** At least half of the reference's characters (punctuation aside) appear in the drafted text. */
    static boolean covers(String reference, String drafted) {
        if (reference == null || reference.isEmpty()) {
            return true;
        }
        if (drafted == null) {
            return false;
        }
        int total = 0;
        int found = 0;
        for (int i = 0; i < reference.length(); ) {
            int c = reference.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            total++;
            if (drafted.indexOf(c) >= 0) {
                found++;
            }
        }
        return total == 0 || found * 2 >= total;
    }

    /** Units are paired by the same name and role first (see {@link #pair}), then by half of the characters. */
    private static Prf matchExactFirst(List<UnitItem> reference, List<UnitItem> drafted) {
        return prf(pair(reference, drafted, DraftScorer::sameUnit, DraftScorer::unitMatches), drafted.size());
    }

    static boolean sameUnit(UnitItem ref, UnitItem drafted) {
        return equal(ref.role(), drafted.role()) && equal(ref.name(), drafted.name());
    }

    private static <T> Prf match(List<T> reference, List<T> drafted, BiPredicate<T, T> matches) {
        return prf(pair(reference, drafted, matches, matches), drafted.size());
    }

    private static Prf prf(int[] pairs, int drafted) {
        int tp = (int) java.util.Arrays.stream(pairs).filter(i -> i >= 0).count();
        return new Prf(tp, drafted - tp, pairs.length - tp);
    }

    /**
     * Which drafted item each reference item is paired with (−1: none), each drafted item used once: first by
     * {@code first}, then what is left by {@code then} — so a loose pair (县气象部门 with 全县各级各部门: 县, 部, 门) cannot
     * take the drafted item another reference item names exactly.
     */
    static <T> int[] pair(List<T> reference, List<T> drafted, BiPredicate<T, T> first, BiPredicate<T, T> then) {
        boolean[] used = new boolean[drafted.size()];
        int[] pairs = new int[reference.size()];
        java.util.Arrays.fill(pairs, -1);
        for (BiPredicate<T, T> matches : first == then ? List.of(first) : List.of(first, then)) {
            for (int r = 0; r < reference.size(); r++) {
                for (int i = 0; i < drafted.size() && pairs[r] < 0; i++) {
                    if (!used[i] && matches.test(reference.get(r), drafted.get(i))) {
                        used[i] = true;
                        pairs[r] = i;
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asString();
    }

    private static BigDecimal number(JsonNode n) {
        return n == null || n.isNull() || !n.isNumber() ? null : n.decimalValue();
    }
}
