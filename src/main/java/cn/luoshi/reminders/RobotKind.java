package cn.luoshi.reminders;

/**
 * The group robots Luoshi speaks to. Both take {@code {"msgtype":"text","text":{"content":"…"}}}; 钉钉 may require a
 * signature (加签: timestamp + HmacSHA256), 企业微信 carries its key in the URL. Content limits: 企业微信 2048 bytes
 * (UTF-8), 钉钉 20000 bytes; messages are cut below them.
 */
public enum RobotKind {
    DINGTALK("钉钉", 18_000),
    WECOM("企业微信", 2_000);

    private final String label;
    private final int maxContentBytes;

    RobotKind(String label, int maxContentBytes) {
        this.label = label;
        this.maxContentBytes = maxContentBytes;
    }

    public String label() {
        return label;
    }

    public int maxContentBytes() {
        return maxContentBytes;
    }

    /** The kind an address belongs to, if it tells (oapi.dingtalk.com, qyapi.weixin.qq.com). */
    public static RobotKind guess(String url) {
        if (url != null && url.contains("qyapi.weixin.qq.com")) {
            return WECOM;
        }
        return DINGTALK;
    }
}
