package cn.luoshi.ingest.review;

import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reviewer's version of a draft (审核稿): the directive's fields and one row per drafted node. Bound from the
 * review page and stored as JSON, so a half-done review survives a break.
 */
public class ReviewForm {
    public String title;
    public LocalDate issuedOn;
    public String issuer;
    public DirectiveLevel level = DirectiveLevel.DISTRICT;
    public DirectiveKind kind = DirectiveKind.SPEECH;
    public List<ReviewRow> rows = new ArrayList<>();
    /**
     * Per unit id, its 牵头区领导 and 责任人 as the organisation gives them (engine data, not taken from the request):
     * what the leader and person fields follow when the reviewer picks another lead unit.
     */
    public Map<Long, UnitOwner> unitOwners = new LinkedHashMap<>();

    /** A unit's leader (分管区领导) and person (负责人) with the reasons shown next to the fields. */
    public static class UnitOwner {
        public Long leaderId;
        public String leaderReason;
        public String person;
        public String personReason;
    }

    /**
     * 更换牵头单位: sets the row's lead unit; its 牵头区领导 and 责任人 follow the new unit when they still hold what the
     * review filled in for the old one (a value the reviewer typed or picked is kept). The review page does the same
     * in the browser.
     */
    public void changeLead(ReviewRow row, Long lead) {
        UnitOwner before = row.leadUnitId == null ? null : unitOwners.get(row.leadUnitId);
        UnitOwner after = lead == null ? null : unitOwners.get(lead);
        if (Objects.equals(row.leadLeaderId, before == null ? null : before.leaderId)) {
            row.leadLeaderId = after == null ? null : after.leaderId;
        }
        // an empty field (as the page sends it) holds nothing the clerk chose
        if (Objects.equals(DraftReview.blankToNull(row.responsiblePerson), before == null ? null : before.person)) {
            row.responsiblePerson = after == null ? null : after.person;
        }
        row.leadUnitId = lead;
    }

    /** Node ids of the rows that become 任务 or 举措 as the form stands now (the rows that need owners). */
    public Set<String> assignableNodes() {
        Set<String> out = new java.util.LinkedHashSet<>();
        DraftReview.shape(rows).forEach((node, p) -> {
            if (p.kind().isAssignable()) {
                out.add(node);
            }
        });
        return out;
    }
}
