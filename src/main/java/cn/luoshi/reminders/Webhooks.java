package cn.luoshi.reminders;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 群机器人设置: a unit's own robot and the global one, set by the admin or the 督查室. The global robot saved here
 * wins over {@code luoshi.reminders.webhook.url}. Secrets are never shown again once saved.
 */
@Service
class Webhooks {

    private static final Pattern URL = Pattern.compile("https?://[^\\s/?#]+[^\\s]*");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final ReminderProperties.Webhook configured;

    Webhooks(JdbcClient jdbc, AuditLog audit, OrgDirectory org, ReminderProperties props) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.org = org;
        this.configured = props.webhook();
    }

    /** Saved robots, the global one first, then by unit order. */
    List<WebhookTarget> saved() {
        Map<Long, Unit> units = org.unitsById();
        return jdbc.sql("select * from reminder_webhook").query((rs, i) -> target(rs, units)).list().stream()
                .sorted(java.util.Comparator.comparing((WebhookTarget t) -> !t.global())
                        .thenComparing(t -> t.global() ? 0 : units.get(t.unitId()) == null ? Integer.MAX_VALUE
                                : units.get(t.unitId()).sortOrder()))
                .toList();
    }

    /** The global robot in force: the saved one, else the configured one, if enabled. */
    Optional<WebhookTarget> global() {
        Optional<WebhookTarget> saved = saved().stream().filter(WebhookTarget::global).findFirst();
        if (saved.isPresent()) {
            return saved.filter(WebhookTarget::enabled);
        }
        return configuredGlobal();
    }

    Optional<WebhookTarget> configuredGlobal() {
        if (configured.url() == null || configured.url().isBlank()) {
            return Optional.empty();
        }
        RobotKind kind = configured.kind().isBlank() ? RobotKind.guess(configured.url())
                : RobotKind.valueOf(configured.kind().trim().toUpperCase());
        return Optional.of(new WebhookTarget(0, null, null, kind, configured.url().trim(),
                configured.secret().isBlank() ? null : configured.secret().trim(), true, 0, "配置文件", null));
    }

    /**
     * Where each unit's robot messages go (recipient key → target): units with an enabled robot of their own to
     * it, the rest to the global robot if there is one.
     */
    Routing routing() {
        Map<Long, WebhookTarget> own = new HashMap<>();
        WebhookTarget global = null;
        boolean globalSaved = false;
        for (WebhookTarget t : saved()) {
            if (t.global()) {
                globalSaved = true;
                global = t.enabled() ? t : null;
            } else if (t.enabled()) {
                own.put(t.unitId(), t);
            }
        }
        if (!globalSaved) {
            global = configuredGlobal().orElse(null);
        }
        return new Routing(own, global);
    }

    /** Robot routing for one pass. */
    record Routing(Map<Long, WebhookTarget> own, WebhookTarget global) {

        /** The robot for a unit's reminders (its own, else the global), or null. */
        WebhookTarget forUnit(Long unitId) {
            WebhookTarget t = unitId == null ? null : own.get(unitId);
            return t != null ? t : global;
        }

        WebhookTarget byRecipient(String recipient) {
            if (WebhookTarget.GLOBAL.equals(recipient)) {
                return global;
            }
            return own.values().stream().filter(t -> t.recipient().equals(recipient)).findFirst().orElse(null);
        }
    }

    @Transactional
    WebhookTarget save(WebhookForm f, CurrentUser me) {
        requireManager(me);
        Violations v = new Violations();
        Unit unit = null;
        if (f.unitId != null) {
            unit = org.unit(f.unitId).orElse(null);
            v.check(unit != null, "unitId", "单位不存在");
        }
        v.check(f.kind != null, "kind", "请选择机器人类型");
        if (f.url == null || f.url.isBlank()) {
            v.add("url", "请填写机器人的Webhook地址");
        } else if (f.url.trim().length() > 500) {
            v.add("url", "地址不能超过500个字符");
        } else if (!URL.matcher(f.url.trim()).matches()) {
            v.add("url", "地址须以 http:// 或 https:// 开头，例如 https://oapi.dingtalk.com/robot/send?access_token=…");
        }
        v.optionalText(f.secret, "secret", "加签密钥", 200);
        if (f.kind == RobotKind.WECOM && f.secret != null && !f.secret.isBlank()) {
            v.add("secret", "企业微信机器人没有加签密钥，请留空");
        }
        v.throwIfAny();
        Optional<WebhookTarget> existing = find(f.unitId);
        if (existing.isPresent() && f.version != null && f.version != existing.get().version()) {
            throw ConflictException.staleEdit();
        }
        String secret = f.clearSecret || f.kind == RobotKind.WECOM ? null
                : f.secret != null && !f.secret.isBlank() ? f.secret.trim()
                : existing.map(WebhookTarget::secret).orElse(null);
        if (existing.isPresent()) {
            int n = jdbc.sql("""
                    update reminder_webhook set kind = ?, url = ?, secret = ?, enabled = ?, version = version + 1,
                      updated_by = ?, updated_at = luoshi_now() where id = ? and version = ?""")
                    .params(f.kind.name(), f.url.trim(), secret, f.enabled, me.auditName(), existing.get().id(),
                            existing.get().version())
                    .update();
            if (n == 0) {
                throw ConflictException.staleEdit();
            }
        } else {
            jdbc.sql("""
                    insert into reminder_webhook (unit_id, kind, url, secret, enabled, updated_by)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(f.unitId, f.kind.name(), f.url.trim(), secret, f.enabled, me.auditName()).update();
        }
        WebhookTarget after = find(f.unitId).orElseThrow();
        audit.record(me.auditName(), existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                subject(f.unitId), "设置" + name(after) + "群机器人", existing.map(Webhooks::snapshot).orElse(null),
                snapshot(after));
        return after;
    }

    @Transactional
    void delete(Long unitId, CurrentUser me) {
        requireManager(me);
        WebhookTarget t = find(unitId).orElseThrow(() -> new NotFoundException("群机器人", unitId == null ? "全局" : unitId));
        jdbc.sql("delete from reminder_webhook where id = ?").param(t.id()).update();
        audit.record(me.auditName(), AuditAction.DELETE, subject(unitId), "删除" + name(t) + "群机器人", snapshot(t),
                null);
    }

    Optional<WebhookTarget> find(Long unitId) {
        Map<Long, Unit> units = org.unitsById();
        return jdbc.sql("select * from reminder_webhook where coalesce(unit_id, 0) = ?")
                .param(unitId == null ? 0L : unitId).query((rs, i) -> target(rs, units)).optional();
    }

    static void requireManager(CurrentUser me) {
        if (!me.managesLedger()) {
            throw new ForbiddenException("仅督查室和系统管理员可以设置群机器人");
        }
    }

    private static AuditLog.Subject subject(Long unitId) {
        return new AuditLog.Subject("群机器人", unitId == null ? 0 : unitId, null, null);
    }

    private static String name(WebhookTarget t) {
        return t.global() ? "全局" : t.unitName() + "的";
    }

    private static Map<String, Object> snapshot(WebhookTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("单位", t.global() ? "全局（未设置机器人的单位）" : t.unitName());
        m.put("类型", t.kind().label());
        m.put("地址", t.maskedUrl());
        m.put("加签", t.hasSecret() ? "已设置" : "无");
        m.put("启用", t.enabled() ? "是" : "否");
        return m;
    }

    private static WebhookTarget target(ResultSet rs, Map<Long, Unit> units) throws SQLException {
        Long unitId = (Long) rs.getObject("unit_id");
        Unit u = unitId == null ? null : units.get(unitId);
        Instant at = rs.getTimestamp("updated_at").toInstant();
        return new WebhookTarget(rs.getLong("id"), unitId, u == null ? null : u.shortName(),
                RobotKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("secret"),
                rs.getBoolean("enabled"), rs.getInt("version"), rs.getString("updated_by"), at);
    }
}
