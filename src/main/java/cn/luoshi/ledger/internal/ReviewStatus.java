package cn.luoshi.ledger.internal;

/**
 * Where a 延期申请 or 办结申请 stands: waiting for the 督查室, (extensions only, where configured) waiting for the
 * 牵头区领导 after the 督查室 agreed, approved, or refused (驳回).
 */
public enum ReviewStatus {
    PENDING("待审核", "待审核", "warning"),
    AWAITING_LEADER("待领导审批", "待领导审批", "info"),
    APPROVED("已同意", "已通过", "success"),
    REFUSED("未同意", "已驳回", "danger");

    private final String label;
    private final String completionLabel;
    private final String badge;

    ReviewStatus(String label, String completionLabel, String badge) {
        this.label = label;
        this.completionLabel = completionLabel;
        this.badge = badge;
    }

    /** As an extension request says it: 待审核 / 已同意 / 未同意. */
    public String label() {
        return label;
    }

    /** As a completion request says it: 待审核 / 已通过 / 已驳回. */
    public String completionLabel() {
        return completionLabel;
    }

    /** Still waiting for a decision (by the 督查室 or the leader). */
    public boolean isOpen() {
        return this == PENDING || this == AWAITING_LEADER;
    }

    public String badge() {
        return badge;
    }
}
