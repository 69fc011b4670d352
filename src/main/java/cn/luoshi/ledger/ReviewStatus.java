package cn.luoshi.ledger;

/** Where a 延期申请 or 办结申请 stands: waiting for the 督查室, approved, or refused (驳回). */
public enum ReviewStatus {
    PENDING("待审核", "warning"),
    APPROVED("已同意", "success"),
    REFUSED("未同意", "danger");

    private final String label;
    private final String badge;

    ReviewStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }
}
