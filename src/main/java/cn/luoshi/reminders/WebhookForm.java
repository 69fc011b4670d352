package cn.luoshi.reminders;

/** Form data for a group robot (群机器人设置). A blank secret keeps the saved one unless {@code clearSecret}. */
public class WebhookForm {
    public Long unitId;
    public RobotKind kind;
    public String url;
    public String secret;
    public boolean clearSecret;
    public boolean enabled = true;
    public Integer version;
}
