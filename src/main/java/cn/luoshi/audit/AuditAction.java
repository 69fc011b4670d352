package cn.luoshi.audit;

/** What happened to the record. */
public enum AuditAction {
    CREATE("新建"), UPDATE("修改"), DELETE("删除"), TRANSITION("状态变更");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
