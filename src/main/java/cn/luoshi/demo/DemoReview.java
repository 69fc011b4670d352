package cn.luoshi.demo;

import cn.luoshi.ingest.review.OwnerSource;
import cn.luoshi.ingest.review.ReviewForm;
import cn.luoshi.ingest.review.ReviewRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The 督查室's review of each seed speech's draft (审核记录), as {@code demo/demo-review.json} writes it: the upload's
 * fields, and per node — named by the title the engine drafted — what the reviewer changed. A node not listed keeps
 * the engine's first version. Plain Java: {@link #apply} edits a review form, {@link #changes} measures how much of the
 * draft a person had to change.
 */
record DemoReview(String note, List<Directive> directives) {

    /** One seed: the file, what the clerk typed on the upload page, and the decisions by drafted title. */
    record Directive(String seed, String title, String date, String issuer, String level, String kind,
            Map<String, Decision> rows) {
    }

    /**
     * What the reviewer changed on one node; null fields are left as drafted. {@code targets} and {@code co} replace
     * the drafted lists; {@code leader} and {@code person} written "" clear what the review filled in; a new
     * {@code lead} takes its own leader and person when the row still holds the old unit's (as the review page does);
     * {@code why} is for the reader only.
     */
    record Decision(Boolean include, String kind, String title, String deadline, List<DemoTarget> targets,
            String lead, List<String> co, String leader, String person, String why) {
    }

    record DemoTarget(BigDecimal value, String unit, String object, String period) {
    }

    /** How the review form's names are resolved: unit short names and leaders' names to ids, "MM-dd" to dates. */
    record Lookup(Function<String, Long> unit, Function<String, Long> leader, Function<String, LocalDate> date) {
    }

    /**
     * The rows of {@code form} by the title the engine drafted, for the titles {@code d} names. Every title must name
     * exactly one row: a decision that no longer fits the draft (the engine changed) is an error, not a silent skip.
     */
    static Map<String, ReviewRow> rowsOf(Directive d, ReviewForm form) {
        Map<String, ReviewRow> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String title : d.rows().keySet()) {
            List<ReviewRow> found = form.rows.stream().filter(r -> title.equals(r.title)).toList();
            if (found.size() != 1) {
                problems.add("「" + title + "」" + (found.isEmpty() ? "不在草稿中" : "在草稿中出现" + found.size() + "次"));
            } else {
                out.put(title, found.get(0));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("演示审核数据与引擎草稿不符（" + d.seed() + "）：" + String.join("；", problems)
                    + "。请按引擎现在的起草结果更新 demo/demo-review.json");
        }
        return out;
    }

    /** Applies the decisions of {@code d} to {@code form} (the engine's first version): the reviewer's edits. */
    static void apply(Directive d, ReviewForm form, Lookup lookup) {
        Map<String, ReviewRow> rows = rowsOf(d, form);
        for (Map.Entry<String, Decision> e : d.rows().entrySet()) {
            ReviewRow r = rows.get(e.getKey());
            Decision x = e.getValue();
            if (x.include() != null) {
                r.include = x.include();
            }
            if (x.kind() != null) {
                r.kind = x.kind();
            }
            if (x.title() != null) {
                r.title = x.title();
            }
            if (x.deadline() != null) {
                r.deadline = lookup.date().apply(x.deadline());
            }
            if (x.targets() != null) {
                r.targets = new ArrayList<>(x.targets().stream()
                        .map(t -> new ReviewRow.Target(t.value(), t.unit(), t.object(), t.period())).toList());
            }
            if (x.lead() != null) {
                form.changeLead(r, lookup.unit().apply(x.lead())); // leader and person follow, as on the page
            }
            if (x.co() != null) {
                r.coUnitIds = new ArrayList<>(x.co().stream().map(lookup.unit()).toList());
            }
            if (x.leader() != null) {
                r.leadLeaderId = x.leader().isEmpty() ? null : lookup.leader().apply(x.leader());
            }
            if (x.person() != null) {
                r.responsiblePerson = x.person().isEmpty() ? null : x.person();
            }
        }
    }

    /** The fields a reviewer edits, with the name the change table uses. */
    enum Field {
        INCLUDE("纳入与否"), KIND("类别"), TITLE("名称"), DEADLINE("完成时限"), TARGETS("量化目标"), LEAD("牵头单位"),
        CO("配合单位"), LEADER("牵头区领导"), PERSON("责任人");

        final String label;

        Field(String label) {
            this.label = label;
        }
    }

    /**
     * How much of a draft the reviewer changed (人工改动): nodes drafted, nodes in the ledger at the end, nodes with
     * any change, and per field the nodes where it changed. Fields of a node left out of the ledger count only for
     * 纳入与否. Owners, over the rows that became 任务 or 举措: {@code leadSuggested} rows got a lead unit in the first
     * version ({@code leadBy}: how many by each source), the reviewer kept {@code leadKept} of them;
     * {@code leadNone} rows got none (未能判断); likewise the 牵头区领导 and 责任人 filled in and kept.
     */
    record Changes(int drafted, int included, int changed, Map<Field, Integer> byField, int owned, int leadSuggested,
            int leadKept, int leadNone, Map<OwnerSource, Integer> leadBy, int leaderSuggested, int leaderKept,
            int personSuggested, int personKept) {

        int leadChanged() {
            return leadSuggested - leadKept;
        }
    }

    static Changes changes(ReviewForm before, ReviewForm after) {
        Map<Field, Integer> by = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            by.put(f, 0);
        }
        int included = 0;
        int changed = 0;
        int owned = 0;
        int suggested = 0;
        int kept = 0;
        int none = 0;
        int leaders = 0;
        int leadersKept = 0;
        int people = 0;
        int peopleKept = 0;
        Map<OwnerSource, Integer> leadBy = new LinkedHashMap<>();
        java.util.Set<String> assignable = after.assignableNodes();
        for (int i = 0; i < before.rows.size(); i++) {
            ReviewRow a = before.rows.get(i);
            ReviewRow b = after.rows.get(i);
            List<Field> fields = new ArrayList<>();
            if (a.include != b.include) {
                fields.add(Field.INCLUDE);
            }
            if (b.include) {
                included++;
                if (!Objects.equals(a.kind, b.kind)) {
                    fields.add(Field.KIND);
                }
                if (!Objects.equals(a.title, b.title)) {
                    fields.add(Field.TITLE);
                }
                if (!Objects.equals(a.deadline, b.deadline)) {
                    fields.add(Field.DEADLINE);
                }
                if (!sameTargets(a.targets, b.targets)) {
                    fields.add(Field.TARGETS);
                }
                if (!Objects.equals(a.leadUnitId, b.leadUnitId)) {
                    fields.add(Field.LEAD);
                }
                if (!new HashSet<>(a.coUnitIds).equals(new HashSet<>(b.coUnitIds))) {
                    fields.add(Field.CO);
                }
                if (!Objects.equals(a.leadLeaderId, b.leadLeaderId)) {
                    fields.add(Field.LEADER);
                }
                if (!Objects.equals(a.responsiblePerson, b.responsiblePerson)) {
                    fields.add(Field.PERSON);
                }
            }
            if (assignable.contains(b.nodeId)) {
                owned++;
                if (a.leadUnitId != null) {
                    suggested++;
                    kept += a.leadUnitId.equals(b.leadUnitId) ? 1 : 0;
                    leadBy.merge(a.suggestion == null ? OwnerSource.NAMED : a.suggestion.source, 1, Integer::sum);
                } else {
                    none++;
                }
                if (a.leadLeaderId != null) {
                    leaders++;
                    leadersKept += a.leadLeaderId.equals(b.leadLeaderId) ? 1 : 0;
                }
                if (a.responsiblePerson != null) {
                    people++;
                    peopleKept += a.responsiblePerson.equals(b.responsiblePerson) ? 1 : 0;
                }
            }
            fields.forEach(f -> by.merge(f, 1, Integer::sum));
            if (!fields.isEmpty()) {
                changed++;
            }
        }
        return new Changes(before.rows.size(), included, changed, by, owned, suggested, kept, none, leadBy, leaders,
                leadersKept, people, peopleKept);
    }

    /**
     * One line per row that became a 任务 or 举措: seed, title, the lead unit the review suggested and how, the
     * reviewer's lead, kept or changed, and the reasons — for the owner-suggestion figures in docs/ingest.md.
     */
    static List<String> ownerLines(String seed, ReviewForm before, ReviewForm after, Map<Long, String> names) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> assignable = after.assignableNodes();
        for (int i = 0; i < before.rows.size(); i++) {
            ReviewRow a = before.rows.get(i);
            ReviewRow b = after.rows.get(i);
            if (!assignable.contains(b.nodeId)) {
                continue;
            }
            String verdict = a.leadUnitId == null ? "未建议" : a.leadUnitId.equals(b.leadUnitId) ? "保留" : "改动";
            out.add(String.join(" | ", seed, a.title, a.suggestion == null ? "-" : a.suggestion.source.label(),
                    a.leadUnitId == null ? "-" : names.get(a.leadUnitId), names.get(b.leadUnitId), verdict,
                    a.suggestion == null ? "" : String.join("；", a.suggestion.reasons)));
        }
        return out;
    }

    private static boolean sameTargets(List<ReviewRow.Target> a, List<ReviewRow.Target> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ReviewRow.Target x = a.get(i);
            ReviewRow.Target y = b.get(i);
            if (!(x.value == null ? y.value == null : y.value != null && x.value.compareTo(y.value) == 0)
                    || !Objects.equals(x.unit, y.unit) || !Objects.equals(x.object, y.object)
                    || !Objects.equals(x.period, y.period)) {
                return false;
            }
        }
        return true;
    }

    /** One line for the log and the docs: "002 起草23个节点，纳入15个，人工改动18个（牵头单位11，…）". */
    static String describe(String seed, Changes c) {
        StringBuilder fields = new StringBuilder();
        c.byField().forEach((f, n) -> {
            if (n > 0) {
                fields.append(fields.isEmpty() ? "" : "，").append(f.label).append(n);
            }
        });
        StringBuilder by = new StringBuilder();
        c.leadBy().forEach((source, n) -> by.append(by.isEmpty() ? "" : "，").append(source.label()).append(n));
        return seed + " 起草" + c.drafted() + "个节点，纳入台账" + c.included() + "个，人工改动" + c.changed() + "个（"
                + fields + "）；任务和举措" + c.owned() + "个，引擎建议牵头单位" + c.leadSuggested() + "个"
                + (by.isEmpty() ? "" : "（" + by + "）") + "，保留" + c.leadKept() + "个，改动" + c.leadChanged()
                + "个，未能建议" + c.leadNone() + "个；建议牵头区领导" + c.leaderSuggested() + "个，保留" + c.leaderKept()
                + "个；建议责任人" + c.personSuggested() + "个，保留" + c.personKept() + "个";
    }
}
