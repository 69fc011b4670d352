package cn.luoshi.ingest.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One drafted node under review (草稿节点). The editable fields are what the ledger needs; {@code nodeId},
 * {@code parentNodeId}, offsets and {@code notes} come from the engine and are not taken from the request.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // drafts saved before a field was dropped still open
public class ReviewRow {
    public String nodeId;
    public String parentNodeId;
    public int depth;
    public String marker;
    /** The engine's kind: area | task | rationale | problem | review. */
    public String draftKind;

    public boolean include;
    /** The reviewer's kind: area (方面, groups tasks) or task (任务). */
    public String kind;
    public String title;
    public String description;
    public LocalDate deadline;
    /** The node's targets in the order the speech sets them; the first is the task's primary target. */
    public List<Target> targets = new ArrayList<>();
    public Long leadUnitId;
    public List<Long> coUnitIds = new ArrayList<>();
    /**
     * 牵头区领导 (a leader's person id) and 责任人: first filled in from the organisation for the lead unit (the leader
     * whose portfolio holds it, its head); the reviewer confirms or changes them.
     */
    public Long leadLeaderId;
    public String responsiblePerson;
    /** What the review first filled in for the owners and why (engine data, not taken from the request). */
    public Suggestion suggestion;

    /** The node's own paragraph in the normalised text (before its first child). */
    public int sourceStart;
    public int sourceEnd;
    /** What the engine found here besides the targets: unit mentions. */
    public List<String> notes = new ArrayList<>();

    /**
     * 建议 — the owners the review filled in first, with the reasons shown next to the fields: the lead unit and
     * where it came from (named in the speech, by duty keywords, by similar tasks, or none: 未能判断牵头单位), the
     * co-units, the 牵头区领导 and the 责任人. The reviewer's fields start as these and may be changed; this record is
     * not changed by the review.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Suggestion {
        public OwnerSource source;
        public Long leadUnitId;
        public List<Long> coUnitIds = new ArrayList<>();
        /** "依据：职责关键词「老旧小区」→ 区住房和城乡建设局", "配合：…", or "未能判断牵头单位：…". */
        public List<String> reasons = new ArrayList<>();
        public Long leaderId;
        public String leaderReason;
        public String person;
        public String personReason;
    }

    /**
     * One target under review. {@code redacted}: the speech masks the number (X个), so the value is empty until the
     * reviewer fills it in; a target left without a value does not go into the ledger.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Target {
        public BigDecimal value;
        public String unit;
        public String object;
        public String period;
        public boolean redacted;

        public Target() {
        }

        public Target(BigDecimal value, String unit, String object, String period) {
            this.value = value;
            this.unit = unit;
            this.object = object;
            this.period = period;
        }

        /** Nothing typed on the line. */
        boolean blank() {
            return value == null && empty(unit) && empty(object) && empty(period);
        }

        private static boolean empty(String s) {
            return s == null || s.isBlank();
        }
    }
}
