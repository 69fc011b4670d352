package cn.luoshi.ingest.review;

import cn.luoshi.common.Violations;
import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.KnownUnit;
import cn.luoshi.ingest.owners.OwnerSuggester;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * 草稿审核规则 — plain Java: the first review version of a draft, where each row lands in the ledger, and what must
 * hold before a draft is accepted.
 *
 * <p>Node → ledger mapping (only included rows count; an excluded row's children hang on its nearest included
 * ancestor):
 * <ul>
 *   <li>no included ancestor: 方面 (AREA) when the reviewer's kind is area, else 任务 (TASK) directly under the
 *       directive;</li>
 *   <li>under a 方面: 任务 (TASK), whatever its kind — the ledger has no area inside an area;</li>
 *   <li>under a 任务: 举措 (MEASURE);</li>
 *   <li>under a 举措: another 举措 of the same 任务 (the ledger has three levels; deeper items are flattened).</li>
 * </ul>
 * By default an area is included only when one of its children is a task, so a heading over headings
 * (二、明确目标 … over （一）（二）（三）) is left out and its sub-headings become the 方面; rationale, problem and review
 * nodes are left out.
 */
final class DraftReview {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    private DraftReview() {
    }

    /** Where an included row lands: its ledger kind and the node id of its ledger parent (null = the directive). */
    record Placement(TaskKind kind, String parentNodeId) {
    }

    /** The organisation's units as the engine should know them: full name, short name, full name without 区. */
    static List<KnownUnit> knownUnits(List<Unit> units) {
        List<KnownUnit> out = new ArrayList<>();
        for (Unit u : units) {
            List<String> shorts = new ArrayList<>();
            if (u.shortName() != null && !u.shortName().equals(u.fullName())) {
                shorts.add(u.shortName());
            }
            if (u.fullName().startsWith("区") && u.fullName().length() > 3) {
                shorts.add(u.fullName().substring(1));
            }
            out.add(new KnownUnit(u.fullName(), shorts));
        }
        return out;
    }

    /** The first review version: defaults for inclusion, kinds, deadlines, targets and owners. */
    static ReviewForm firstVersion(DirectiveDraft d, List<Unit> units, LocalDate directiveDate) {
        ReviewForm f = new ReviewForm();
        f.title = d.title();
        f.issuedOn = directiveDate;
        Map<String, List<DirectiveDraft.Node>> children = new HashMap<>();
        for (DirectiveDraft.Node n : d.nodes()) {
            children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
        }
        Map<String, List<DirectiveDraft.Target>> targets = new HashMap<>();
        for (DirectiveDraft.Target t : d.targets()) {
            targets.computeIfAbsent(t.node(), k -> new ArrayList<>()).add(t);
        }
        Map<String, List<DirectiveDraft.UnitMention>> mentions = new HashMap<>();
        for (DirectiveDraft.UnitMention m : d.units()) {
            mentions.computeIfAbsent(m.node(), k -> new ArrayList<>()).add(m);
        }
        LocalDate yearEnd = LocalDate.of(directiveDate.getYear(), 12, 31);
        for (DirectiveDraft.Node n : d.nodes()) {
            ReviewRow r = new ReviewRow();
            List<DirectiveDraft.Node> kids = children.getOrDefault(n.id(), List.of());
            r.nodeId = n.id();
            r.parentNodeId = n.parent();
            r.depth = n.depth();
            r.marker = n.marker();
            r.draftKind = n.kind();
            r.kind = "area".equals(n.kind()) ? "area" : "task";
            r.include = "task".equals(n.kind())
                    || "area".equals(n.kind()) && kids.stream().anyMatch(k -> "task".equals(k.kind()));
            r.title = cut(n.title(), TITLE_MAX);
            r.sourceStart = n.start();
            r.sourceEnd = kids.isEmpty() ? n.end() : Math.max(n.start(), kids.get(0).start());
            r.description = cut(d.text().substring(r.sourceStart, r.sourceEnd).strip(), DESCRIPTION_MAX);
            List<DirectiveDraft.Target> ts = targets.getOrDefault(n.id(), List.of());
            for (DirectiveDraft.Target t : ts) {
                r.targets.add(target(t));
            }
            if (!ts.isEmpty()) {
                r.deadline = ts.get(0).due();
            }
            if (r.deadline == null) {
                r.deadline = yearEnd;
            }
            owners(mentions.getOrDefault(n.id(), List.of()), units, r);
            for (DirectiveDraft.UnitMention m : mentions.getOrDefault(n.id(), List.of())) {
                r.notes.add("提到单位：" + m.name() + (m.unit() == null ? "（未匹配）" : m.unit().equals(m.name()) ? ""
                        : " → " + m.unit()) + "（" + roleLabel(m.role()) + "）");
            }
            if (r.leadUnitId != null) {
                r.suggestion = suggestion(OwnerSource.NAMED, r);
                r.suggestion.reasons.add("依据：讲话点名" + unitName(units, r.leadUnitId) + "（"
                        + roleOf(mentions.get(n.id()), units, r.leadUnitId) + "）");
            }
            f.rows.add(r);
        }
        // Nodes without a named unit take their nearest ancestor's (一、… 由住建牵头 covers its items).
        Map<String, ReviewRow> byId = byId(f.rows);
        for (ReviewRow r : f.rows) {
            for (ReviewRow p = byId.get(r.parentNodeId); r.leadUnitId == null && p != null; p = byId.get(p.parentNodeId)) {
                if (p.leadUnitId != null) {
                    r.leadUnitId = p.leadUnitId;
                    r.coUnitIds = new ArrayList<>(p.coUnitIds);
                    r.suggestion = suggestion(OwnerSource.HEADING, r);
                    r.suggestion.reasons.add("依据：上级条目「" + cut(p.title, 20) + "」点名" + unitName(units, p.leadUnitId));
                }
            }
        }
        // A measure cannot end after its task.
        Map<String, Placement> shape = shape(f.rows);
        for (ReviewRow r : f.rows) {
            Placement p = shape.get(r.nodeId);
            if (p != null && p.kind() == TaskKind.MEASURE) {
                ReviewRow parent = byId.get(p.parentNodeId());
                if (parent.deadline != null && r.deadline.isAfter(parent.deadline)) {
                    r.deadline = parent.deadline;
                }
            }
        }
        return f;
    }

    /**
     * A drafted target as the reviewer first sees it. A per-unit recurrence goes into the period (每街道办事处每年), so
     * the reviewer sees that 1 条 is per office; a masked value (X) stays empty.
     */
    static ReviewRow.Target target(DirectiveDraft.Target t) {
        String period = t.per() == null ? t.period() : t.per() + (t.period() == null ? "" : t.period());
        ReviewRow.Target r = new ReviewRow.Target(t.redacted() ? null : t.value(), cut(t.unit(), 10),
                cut(t.object(), 100), cut(period, 20));
        r.redacted = t.redacted();
        return r;
    }

    /**
     * Lead: the first unit named as lead, else the first owner; co: the other units named here. 各办事处 (the engine's
     * 街道办事处) names every street office: they become co-units, never the lead — one of them cannot lead for all.
     */
    private static void owners(List<DirectiveDraft.UnitMention> ms, List<Unit> units, ReviewRow r) {
        List<Long> found = new ArrayList<>();
        List<Long> streets = new ArrayList<>();
        Long lead = null;
        for (String role : List.of("lead", "owner", "co")) {
            for (DirectiveDraft.UnitMention m : ms) {
                if (!role.equals(m.role())) {
                    continue;
                }
                Optional<Unit> u = m.unit() == null ? Optional.empty()
                        : units.stream().filter(x -> x.answersTo(m.unit())).findFirst();
                if (u.isEmpty() && "街道办事处".equals(m.unit())) {
                    units.stream().filter(x -> x.type() == UnitType.STREET).map(Unit::id)
                            .filter(id -> !streets.contains(id)).forEach(streets::add);
                }
                if (u.isEmpty() || found.contains(u.get().id())) {
                    continue;
                }
                if (lead == null && !"co".equals(role)) {
                    lead = u.get().id();
                }
                found.add(u.get().id());
            }
        }
        r.leadUnitId = lead;
        streets.stream().filter(id -> !found.contains(id)).forEach(found::add);
        r.coUnitIds = new ArrayList<>(found.stream().filter(id -> !Objects.equals(id, r.leadUnitId)).toList());
    }

    private static ReviewRow.Suggestion suggestion(OwnerSource source, ReviewRow r) {
        ReviewRow.Suggestion sg = new ReviewRow.Suggestion();
        sg.source = source;
        sg.leadUnitId = r.leadUnitId;
        sg.coUnitIds = new ArrayList<>(r.coUnitIds);
        return sg;
    }

    /** How the speech names the unit: 牵头, 配合 or 负责. */
    private static String roleOf(List<DirectiveDraft.UnitMention> ms, List<Unit> units, long unitId) {
        for (DirectiveDraft.UnitMention m : ms) {
            if (m.unit() != null && units.stream().anyMatch(u -> u.id() == unitId && u.answersTo(m.unit()))) {
                return roleLabel(m.role());
            }
        }
        return "负责";
    }

    private static String unitName(List<Unit> units, Long id) {
        return units.stream().filter(u -> Objects.equals(u.id(), id)).findFirst().map(Unit::fullName).orElse("");
    }

    /**
     * 牵头单位建议: every row that becomes a 任务 or 举措 (or is left out but may be ticked in as one) and names no
     * unit, itself or above it, gets the lead and co-units the evidence points to, or none with the reason
     * (未能判断牵头单位); every row with a lead unit — named or suggested — gets that unit's 牵头区领导 and 责任人
     * from the organisation. Each is recorded with its reasons in {@link ReviewRow#suggestion}, and the form keeps
     * every unit's leader and person for when the reviewer picks another unit.
     */
    static void suggestOwners(ReviewForm f, OwnerSuggester s) {
        Map<String, ReviewRow> byId = byId(f.rows);
        Map<String, List<ReviewRow>> children = new HashMap<>();
        for (ReviewRow r : f.rows) {
            children.computeIfAbsent(r.parentNodeId, k -> new ArrayList<>()).add(r);
        }
        Map<String, Placement> shape = shape(f.rows);
        for (ReviewRow r : f.rows) {
            Placement p = shape.get(r.nodeId);
            // rows left out by default may be ticked in as tasks: they get a suggestion too; a 方面 needs none, nor
            // does a heading left out above rows already taken in (二、2024年工作安排 over its （一）… 方面)
            boolean owned = p != null ? p.kind().isAssignable()
                    : "task".equals(r.draftKind) || "area".equals(r.draftKind) && !heads(r, children, shape);
            if (!owned) {
                continue;
            }
            if (r.leadUnitId == null) {
                List<String> context = new ArrayList<>();
                for (ReviewRow a = byId.get(r.parentNodeId); a != null; a = byId.get(a.parentNodeId)) {
                    context.add(a.title);
                }
                children.getOrDefault(r.nodeId, List.of()).forEach(c -> context.add(c.title));
                OwnerSuggester.Suggestion sg = s.suggest(new OwnerSuggester.Drafted(r.title, r.description, context));
                if (sg.found()) {
                    r.leadUnitId = sg.leadUnitId();
                    sg.coUnitIds().stream().filter(id -> !r.coUnitIds.contains(id)).forEach(r.coUnitIds::add);
                    r.coUnitIds.remove(r.leadUnitId);
                }
                r.suggestion = suggestion(!sg.found() ? OwnerSource.NONE : sg.tentative() ? OwnerSource.TENTATIVE
                        : sg.byDuty() && sg.byHistory() ? OwnerSource.DUTY_AND_HISTORY
                        : sg.byDuty() ? OwnerSource.DUTY : OwnerSource.HISTORY, r);
                r.suggestion.reasons.addAll(sg.reasons());
            }
            if (r.leadUnitId != null && s.knows(r.leadUnitId)) {
                if (r.suggestion == null) {
                    r.suggestion = suggestion(OwnerSource.NAMED, r);
                }
                OwnerSuggester.Owner o = s.ownerOf(r.leadUnitId);
                r.leadLeaderId = o.leaderId();
                r.responsiblePerson = o.person();
                r.suggestion.leaderId = o.leaderId();
                r.suggestion.leaderReason = o.leaderReason();
                r.suggestion.person = o.person();
                r.suggestion.personReason = o.personReason();
            }
        }
        f.unitOwners = new LinkedHashMap<>();
        for (Long id : s.unitIds()) {
            OwnerSuggester.Owner o = s.ownerOf(id);
            ReviewForm.UnitOwner u = new ReviewForm.UnitOwner();
            u.leaderId = o.leaderId();
            u.leaderReason = o.leaderReason();
            u.person = o.person();
            u.personReason = o.personReason();
            f.unitOwners.put(id, u);
        }
    }

    /** Where each included row lands in the ledger (see the class comment); rows in document order. */
    static Map<String, Placement> shape(List<ReviewRow> rows) {
        Map<String, ReviewRow> byId = byId(rows);
        Map<String, Placement> out = new LinkedHashMap<>();
        for (ReviewRow r : rows) {
            if (!r.include) {
                continue;
            }
            String anc = r.parentNodeId;
            while (anc != null && !out.containsKey(anc)) {
                ReviewRow a = byId.get(anc);
                anc = a == null ? null : a.parentNodeId;
            }
            if (anc == null) {
                out.put(r.nodeId, new Placement("area".equals(r.kind) ? TaskKind.AREA : TaskKind.TASK, null));
            } else {
                Placement p = out.get(anc);
                out.put(r.nodeId, switch (p.kind()) {
                    case AREA -> new Placement(TaskKind.TASK, anc);
                    case TASK -> new Placement(TaskKind.MEASURE, anc);
                    case MEASURE -> new Placement(TaskKind.MEASURE, p.parentNodeId());
                });
            }
        }
        return out;
    }

    /** Whether a row has a descendant that is taken in (placed in the ledger). */
    private static boolean heads(ReviewRow r, Map<String, List<ReviewRow>> children, Map<String, Placement> shape) {
        for (ReviewRow c : children.getOrDefault(r.nodeId, List.of())) {
            if (shape.containsKey(c.nodeId) || heads(c, children, shape)) {
                return true;
            }
        }
        return false;
    }

    /** What must hold before accepting: fields are {@code rows[i].name}, as the review form binds them. */
    static Violations validate(ReviewForm f, Map<String, Placement> shape, LongPredicate unitExists) {
        Violations v = new Violations();
        if (shape.isEmpty()) {
            v.add(null, "请至少勾选一项纳入台账");
        }
        Map<String, ReviewRow> byId = byId(f.rows);
        for (int i = 0; i < f.rows.size(); i++) {
            ReviewRow r = f.rows.get(i);
            Placement p = shape.get(r.nodeId);
            if (p == null) {
                continue;
            }
            String at = "rows[" + i + "].";
            v.requireText(r.title, at + "title", "名称", TITLE_MAX);
            if (!p.kind().isAssignable()) {
                continue;
            }
            if (r.leadUnitId == null) {
                v.add(at + "leadUnitId", "请选择牵头单位");
            } else if (!unitExists.test(r.leadUnitId)) {
                v.add(at + "leadUnitId", "牵头单位不存在");
            }
            if (r.deadline == null) {
                v.add(at + "deadline", "请填写完成时限");
            } else if (p.kind() == TaskKind.MEASURE) {
                ReviewRow parent = byId.get(p.parentNodeId());
                if (parent.deadline != null && r.deadline.isAfter(parent.deadline)) {
                    v.add(at + "deadline", "举措的完成时限不能晚于所属任务「" + cut(parent.title, 20) + "」的完成时限（"
                            + parent.deadline + "）");
                }
            }
            for (int j = 0; j < r.targets.size(); j++) {
                ReviewRow.Target t = r.targets.get(j);
                if (t != null && t.value != null && (t.unit == null || t.unit.isBlank())) {
                    v.add(at + "targets[" + j + "].unit", "填写了目标数值，请同时填写计量单位");
                }
            }
            if (r.targets.stream().filter(t -> t != null && t.value != null).count() > cn.luoshi.ledger.Target.MAX_PER_TASK) {
                v.add(at + "targets", "一项任务最多" + cn.luoshi.ledger.Target.MAX_PER_TASK + "个量化目标");
            }
        }
        return v;
    }

    /** The highlights of a draft: targets, figures, unit names (as written) and node starts. */
    static Marks marks(DirectiveDraft d, List<KnownUnit> known) {
        List<Marks.Mark> marks = new ArrayList<>();
        String text = d.text();
        for (DirectiveDraft.Node n : d.nodes()) {
            marks.add(new Marks.Mark(n.start(), n.start(), "node", n.id()));
        }
        for (DirectiveDraft.Target t : d.targets()) {
            marks.add(new Marks.Mark(t.start(), t.end(), "target", "目标：" + describe(t)));
        }
        List<String> figures = new ArrayList<>();
        for (DirectiveDraft.Figure f : d.figures()) {
            String value = f.value() == null ? "X" : f.value().stripTrailingZeros().toPlainString();
            String line = f.subject() + "：" + value + (f.unit() == null ? "" : f.unit())
                    + (f.reference() == null ? "" : "（对比" + f.reference() + "）")
                    + (f.period() == null ? "" : "，" + f.period());
            figures.add(line);
            int end = text.startsWith(f.text(), f.start()) ? f.start() + f.text().length() : f.start();
            marks.add(new Marks.Mark(f.start(), Math.min(end, text.length()), "figure", "数据：" + line));
        }
        for (DirectiveDraft.UnitMention m : d.units()) {
            int len = text.startsWith(m.name(), m.start()) ? m.name().length() : writtenLength(text, m, known);
            marks.add(new Marks.Mark(m.start(), m.start() + len, "unit",
                    (m.unit() == null ? m.name() + "（未匹配到本单位名录）" : m.unit()) + "（" + roleLabel(m.role()) + "）"));
        }
        List<String> gaps = new ArrayList<>();
        for (DirectiveDraft.Gap g : d.gaps()) {
            gaps.add(switch (g.kind()) {
                case "omitted" -> "原文有省略" + (g.chars() == null ? "" : "（约" + g.chars() + "字）");
                case "truncated" -> "原文不完整，后文缺失" + (g.chars() == null ? "" : "（约" + g.chars() + "字）");
                default -> "原文有乱码（无法识别的字符）";
            } + "，位置约第" + g.offset() + "字：" + cut(g.text(), 40));
        }
        return new Marks(marks, figures, gaps, d.warnings());
    }

    /** The normalised text cut into plain and highlighted pieces; overlapping highlights keep the earlier one. */
    static List<Marks.Segment> segments(String text, List<Marks.Mark> marks) {
        List<Marks.Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Marks.Mark::start).thenComparing(m -> m.end() - m.start()));
        List<Marks.Segment> out = new ArrayList<>();
        int at = 0;
        for (Marks.Mark m : sorted) {
            if (m.start() < at || m.start() > text.length()) {
                continue;
            }
            if (m.start() > at) {
                out.add(new Marks.Segment(text.substring(at, m.start()), null, null, null));
            }
            if ("node".equals(m.kind())) {
                out.add(new Marks.Segment("", null, null, m.start()));
                at = m.start();
                continue;
            }
            int end = Math.min(Math.max(m.end(), m.start()), text.length());
            out.add(new Marks.Segment(text.substring(m.start(), end), m.kind(), m.tip(), null));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Marks.Segment(text.substring(at), null, null, null));
        }
        return out;
    }

    private static int writtenLength(String text, DirectiveDraft.UnitMention m, List<KnownUnit> known) {
        int best = 0;
        for (KnownUnit u : known) {
            if (!u.name().equals(m.unit())) {
                continue;
            }
            List<String> names = new ArrayList<>(u.shortNames());
            names.add(u.name());
            for (String n : names) {
                if (n.length() > best && text.startsWith(n, m.start())) {
                    best = n.length();
                }
            }
        }
        if (best == 0 && text.startsWith(m.name(), m.start())) {
            best = m.name().length();
        }
        return best == 0 ? Math.min(2, text.length() - m.start()) : best;
    }

    static String describe(DirectiveDraft.Target t) {
        String value = t.redacted() || t.value() == null ? "X" : plain(t.value());
        return value + (t.unit() == null ? "" : t.unit()) + (t.object() == null ? "" : t.object())
                + (t.period() == null ? "" : "（" + t.period() + "）");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String roleLabel(String role) {
        return switch (role) {
            case "lead" -> "牵头";
            case "co" -> "配合";
            default -> "负责";
        };
    }

    static Map<String, ReviewRow> byId(List<ReviewRow> rows) {
        Map<String, ReviewRow> byId = new HashMap<>();
        for (ReviewRow r : rows) {
            byId.put(r.nodeId, r);
        }
        return byId;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
