package cn.luoshi.ingest.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One drafted node under review (草稿节点). The editable fields are what the ledger needs; {@code nodeId},
 * {@code parentNodeId}, offsets and {@code notes} come from the engine and are not taken from the request.
 */
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
    public BigDecimal targetValue;
    public String targetUnit;
    public String targetObject;
    public String targetPeriod;
    public Long leadUnitId;
    public List<Long> coUnitIds = new ArrayList<>();

    /** The node's own paragraph in the normalised text (before its first child). */
    public int sourceStart;
    public int sourceEnd;
    /** What the engine found here besides the first target: unit mentions, further targets. */
    public List<String> notes = new ArrayList<>();
}
