package cn.luoshi.supervision;

/**
 * Where a 整改事项 stands: 待整改 → 整改中 → 已整改（待销号）→ 已销号. Moves are defined in
 * {@link RectificationStateMachine}.
 */
public enum RectificationStatus {
    OPEN("待整改", "warning"),
    IN_PROGRESS("整改中", "primary"),
    RECTIFIED("已整改待销号", "info"),
    CLOSED("已销号", "success");

    private final String label;
    private final String badge;

    RectificationStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }

    public boolean isClosed() {
        return this == CLOSED;
    }
}
