package cn.luoshi.reminders;

/** Where one delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its time: quiet hours, the digest hour, or the next retry. */
    PENDING("待发送", "secondary"),
    /** Claimed by the dispatcher and being sent. */
    SENDING("发送中", "info"),
    SENT("已发送", "success"),
    /** Given up after the last retry; the last error says why. */
    FAILED("发送失败", "danger"),
    /** Not sent because the recipient no longer wants or has the channel (address removed, robot deleted). */
    SKIPPED("未发送", "light");

    private final String label;
    private final String badge;

    DeliveryStatus(String label, String badge) {
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
