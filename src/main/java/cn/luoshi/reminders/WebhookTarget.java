package cn.luoshi.reminders;

import java.time.Instant;

/**
 * A group robot (群机器人): a unit's own, or the global one (unitId null) that receives the reminders of units
 * without their own. {@code id} 0 is the global robot from the configuration file.
 */
public record WebhookTarget(long id, Long unitId, String unitName, RobotKind kind, String url, String secret,
        boolean enabled, int version, String updatedBy, Instant updatedAt) {

    static final String GLOBAL = "robot:global";

    /** The recipient key of its deliveries: {@code robot:unit:12} or {@code robot:global}. */
    public String recipient() {
        return unitId == null ? GLOBAL : "robot:unit:" + unitId;
    }

    public boolean global() {
        return unitId == null;
    }

    public boolean fromConfiguration() {
        return id == 0;
    }

    public boolean hasSecret() {
        return secret != null && !secret.isBlank();
    }

    /** The address without its key, for pages: "https://oapi.dingtalk.com/robot/send?access_token=…3f9a". */
    public String maskedUrl() {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q + 1);
        String rest = q < 0 ? "" : url.substring(q + 1);
        int eq = rest.indexOf('=');
        String name = eq < 0 ? "" : rest.substring(0, eq + 1);
        String value = eq < 0 ? rest : rest.substring(eq + 1);
        return base + name + (value.length() > 4 ? "…" + value.substring(value.length() - 4) : value);
    }
}
