package cn.luoshi.org;

/** What a user may do. Scope rules live in {@link CurrentUser}, not in controllers. */
public enum Role {
    ADMIN("系统管理员"),
    SUPERVISOR("督查室"),
    LEADER("区领导"),
    UNIT_HEAD("单位负责人"),
    UNIT_STAFF("单位经办人"),
    VIEWER("只读用户");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Unit users see and act on their own unit's work only. */
    public boolean isUnitRole() {
        return this == UNIT_HEAD || this == UNIT_STAFF;
    }
}
