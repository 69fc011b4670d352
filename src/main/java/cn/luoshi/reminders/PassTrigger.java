package cn.luoshi.reminders;

/** What started a pass. */
public enum PassTrigger {
    SCHEDULED("定时"),
    MANUAL("手动"),
    STARTUP("启动");

    private final String label;

    PassTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
