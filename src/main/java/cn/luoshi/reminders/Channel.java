package cn.luoshi.reminders;

/** Where a reminder is delivered (催办渠道). */
public enum Channel {
    IN_APP("站内消息"),
    EMAIL("电子邮件"),
    WEBHOOK("群机器人");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
