package cn.luoshi.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft ledger made from one directive (指示草稿): structure, quantified commitments, responsible units and
 * facts, in the shape of the {@code luoshi-directive-draft/1} contract. Offsets ({@code start}, {@code end}) are
 * character indexes into {@link #text()}, the normalised text, so a review screen can link an item back to its
 * sentence. Fields that are not in the contract (offsets, {@code due}, {@code warnings}, {@code text}) are Java-only
 * and are not written by {@link DraftJson}.
 */
public record DirectiveDraft(
        String format,
        Source source,
        String title,
        List<Gap> gaps,
        List<Node> nodes,
        List<Target> targets,
        List<UnitMention> units,
        List<Figure> figures,
        List<String> warnings,
        String text) {

    public static final String FORMAT = "luoshi-directive-draft/1";

    public DirectiveDraft {
        gaps = List.copyOf(gaps);
        nodes = List.copyOf(nodes);
        targets = List.copyOf(targets);
        units = List.copyOf(units);
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }

    /**
     * 结构 as the contract counts it: a node starts at an enumeration marker or a 要-heading. A text with no marker at
     * all is drafted sentence by sentence ({@code marker} null) so the review can offer each directing sentence as a
     * task; those rows are not structure, and the contract JSON and the scorer leave them out.
     */
    public List<Node> structure() {
        return nodes.stream().filter(n -> n.marker() != null).toList();
    }

    /**
     * The node an item stands under in the contract JSON: {@code id} itself when it is structure, else the nearest
     * ancestor that is, else null.
     */
    public String structureNode(String id) {
        String at = id;
        while (at != null) {
            String look = at;
            Node n = nodes.stream().filter(x -> x.id().equals(look)).findFirst().orElse(null);
            if (n == null) {
                return null;
            }
            if (n.marker() != null) {
                return n.id();
            }
            at = n.parent();
        }
        return null;
    }

    /**
     * 责任单位 as the contract lists them: each under its {@link #structureNode}. The review keeps a unit on each
     * sentence of a text without markers that names it; in the contract those sentences are no nodes, so a unit named
     * again with the same role in the same paragraph is listed once, as within one node.
     */
    public List<UnitMention> structureUnits() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<UnitMention> out = new java.util.ArrayList<>();
        for (UnitMention u : units) {
            String node = structureNode(u.node());
            if (java.util.Objects.equals(node, u.node())) {
                out.add(u);
                continue;
            }
            int paragraph = text == null ? 0 : text.lastIndexOf('\n', Math.max(0, Math.min(u.start(), text.length()) - 1));
            if (seen.add(node + "|" + u.name() + "|" + u.role() + "|" + paragraph)) {
                out.add(new UnitMention(node, u.name(), u.unit(), u.role(), u.start()));
            }
        }
        return out;
    }

    /** 来源: file name, detected encoding, original script (simplified | traditional), chars of normalised text. */
    public record Source(String file, String encoding, String script, int chars) {}

    /** 缺损: omitted | truncated | garbled text, at {@code offset} in the normalised text. */
    public record Gap(int offset, String kind, Integer chars, String text) {}

    /** 结构节点: one enumerated item or 要-heading; {@code text} spans the node and its children. */
    public record Node(String id, String parent, int depth, String marker, String kind, String title, String text,
                       int start, int end) {}

    /**
     * 目标任务: a forward-looking quantified commitment. {@code value} is null when {@code redacted}. {@code due} is the
     * resolved deadline (Java only).
     */
    public record Target(String node, BigDecimal value, String unit, String object, String period, String bound,
                         String per, boolean redacted, String text, LocalDate due, int start, int end) {}

    /**
     * 责任单位: an organisation named as responsible; {@code name} as the text writes it (区住建局, 各街道),
     * {@code unit} the unit it was matched to or null; role lead | co | owner.
     */
    public record UnitMention(String node, String name, String unit, String role, int start) {}

    /** 数据事实: a statement of fact; measure growth_pct | gap_pp | rank | share_pct | count | amount. */
    public record Figure(String node, String subject, String measure, BigDecimal value, String unit, String reference,
                         String period, String text, int start) {}
}
