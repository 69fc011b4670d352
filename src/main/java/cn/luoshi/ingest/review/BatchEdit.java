package cn.luoshi.ingest.review;

import cn.luoshi.common.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * 批量修改 — one 牵头单位, 牵头区领导 or 完成时限 set on many rows of a review at once (issue 12 asks it of 讲话转台账).
 * Plain Java: {@link #check} says what is wrong with the request itself, {@link #apply} changes the form; the rules of
 * the rows (a measure not after its task, every task with a lead unit…) are still checked when the draft is accepted.
 *
 * @param nodes    the rows chosen (node ids)
 * @param lead     the lead unit for all of them, or null to leave theirs
 * @param leader   the 牵头区领导 for all of them, or null to leave theirs
 * @param deadline the 完成时限 for all of them, or null to leave theirs
 */
record BatchEdit(List<String> nodes, Long lead, Long leader, LocalDate deadline) {

    /** What makes the request itself unusable, on the batch fields ({@code batchLead}, {@code batchLeader}, …). */
    Violations check(ReviewForm f, LongPredicate unitExists, LongPredicate isLeader, LocalDate issuedOn) {
        Violations v = new Violations();
        Set<String> known = DraftReview.byId(f.rows).keySet();
        if (nodes == null || nodes.stream().noneMatch(known::contains)) {
            v.add("batchNodes", "请先勾选要批量修改的条目（每行左侧的「选中」）");
        }
        if (lead == null && leader == null && deadline == null) {
            v.add("batchLead", "请至少选择一项要批量设置的内容：牵头单位、牵头区领导或完成时限");
        }
        if (lead != null && !unitExists.test(lead)) {
            v.add("batchLead", "牵头单位不存在");
        }
        if (leader != null && !isLeader.test(leader)) {
            v.add("batchLeader", "所选人员不是区领导");
        }
        if (deadline != null && issuedOn != null && deadline.isBefore(issuedOn)) {
            v.add("batchDeadline", "完成时限不能早于讲话日期（" + issuedOn + "）");
        }
        return v;
    }

    /**
     * Sets the chosen values on every chosen row. A new lead unit brings its own leader and person where the row still
     * holds what the review filled in for the old one ({@link ReviewForm#changeLead}); a leader given here wins over
     * that. Returns how many rows were changed.
     */
    int apply(ReviewForm f) {
        Set<String> chosen = Set.copyOf(nodes);
        int changed = 0;
        for (ReviewRow r : f.rows) {
            if (!chosen.contains(r.nodeId)) {
                continue;
            }
            if (lead != null) {
                f.changeLead(r, lead);
                r.coUnitIds.remove(lead);
            }
            if (leader != null) {
                r.leadLeaderId = leader;
            }
            if (deadline != null) {
                r.deadline = deadline;
            }
            changed++;
        }
        return changed;
    }
}
