package cn.luoshi.audit;

/** What happened to the record. */
public enum AuditAction {
    CREATE("新建"), UPDATE("修改"), DELETE("删除"), TRANSITION("状态变更"),
    /** A read of personal data (来信人、来电人信息), audited because who looked matters. */
    READ("查看");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
