package cn.luoshi.reminders;

/** Why an e-mail or robot message waits before its first attempt. */
public enum Hold {
    QUIET("免打扰时段"),
    DIGEST("每日汇总");

    private final String label;

    Hold(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
