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
    /** 牵头区领导 (a leader's person id) and 责任人: the engine never guesses them; the reviewer fills them in. */
    public Long leadLeaderId;
    public String responsiblePerson;

    /** The node's own paragraph in the normalised text (before its first child). */
    public int sourceStart;
    public int sourceEnd;
    /** What the engine found here besides the targets: unit mentions. */
    public List<String> notes = new ArrayList<>();

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
