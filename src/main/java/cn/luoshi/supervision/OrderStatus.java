package cn.luoshi.supervision;

/** Where a 督办单 stands: 待办复 → 已反馈待审核 → 已办复, or 已撤销. Moves: {@link OrderStateMachine}. */
public enum OrderStatus {
    ISSUED("待办复", "danger"),
    RESPONDED("已反馈待审核", "info"),
    CLOSED("已办复", "success"),
    WITHDRAWN("已撤销", "secondary");

    private final String label;
    private final String badge;

    OrderStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }

    /** Still waiting for the unit or for the 督查室. */
    public boolean isOpen() {
        return this == ISSUED || this == RESPONDED;
    }
}
