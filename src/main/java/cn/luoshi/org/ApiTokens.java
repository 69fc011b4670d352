package cn.luoshi.org;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.Violations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个人API令牌: a user creates tokens for integrations on their own page; a token acts as its owner (same role and
 * scope), is shown once, stored as its SHA-256 only (256 random bits need no slow hash: decisions.md), can expire and
 * be revoked, and remembers when it was last used.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ls_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_used_at is written at most once a minute per token, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A token as its owner's page lists it (never the token itself). */
    public record Token(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt, boolean active) {
    }

    /** A newly created token: the only time its secret is shown. */
    public record Created(Token token, String secret) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Created create(String name, LocalDate expiresOn, CurrentUser me) {
        Violations v = new Violations();
        v.requireText(name, "name", "令牌名称", 40);
        LocalDate today = LocalDate.now(clock);
        if (expiresOn != null) {
            v.check(expiresOn.isAfter(today), "expiresOn", "有效期须晚于今天");
            v.check(!expiresOn.isAfter(today.plusYears(5)), "expiresOn", "有效期最长5年");
        }
        v.throwIfAny();
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        Instant now = clock.instant();
        Instant expires = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(me.id(), name.trim(), sha256(secret), secret.substring(0, PREFIX.length() + 6), ts(now),
                        ts(expires))
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("名称", name.trim());
        after.put("有效期至", expiresOn == null ? "长期" : expiresOn.toString());
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("API令牌", id, null, null),
                "创建API令牌「" + name.trim() + "」", null, after);
        return new Created(mine(me).stream().filter(t -> t.id() == id).findFirst().orElseThrow(), secret);
    }

    public List<Token> mine(CurrentUser me) {
        Instant now = clock.instant();
        return jdbc.sql("select * from api_token where user_id = ? order by id desc").param(me.id())
                .query((rs, i) -> {
                    Instant expires = instant(rs.getTimestamp("expires_at"));
                    Instant revoked = instant(rs.getTimestamp("revoked_at"));
                    return new Token(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                            instant(rs.getTimestamp("created_at")), expires, instant(rs.getTimestamp("last_used_at")),
                            revoked, revoked == null && (expires == null || now.isBefore(expires)));
                }).list();
    }

    /** 撤销: only the owner revokes (an admin disables the account instead). */
    @Transactional
    public void revoke(long id, CurrentUser me) {
        String name = jdbc.sql("select name from api_token where id = ? and user_id = ?").params(id, me.id())
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("API令牌", id));
        int n = jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(ts(clock.instant()), id).update();
        if (n == 0) {
            throw InvalidInputException.of("id", "该令牌已撤销");
        }
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("API令牌", id, null, null),
                "撤销API令牌「" + name + "」", Map.of("状态", "有效"), Map.of("状态", "已撤销"));
    }

    /** The owner of a valid token (not revoked, not expired, account enabled), touching its last use. */
    Optional<LuoshiPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Found(long tokenId, Instant expiresAt, Instant lastUsedAt, LuoshiPrincipal principal) {
        }
        Optional<Found> found = jdbc.sql("""
                select t.id as token_id, t.expires_at, t.last_used_at, a.id, a.username, a.display_name, a.role,
                       a.unit_id, a.must_change_password, coalesce(case when a.role = 'LEADER' then nullif(lp.position, '') end, u.short_name) as short_name
                from api_token t join app_user a on a.id = t.user_id left join unit u on u.id = a.unit_id
                left join person lp on lp.id = a.person_id
                where t.token_hash = ? and t.revoked_at is null and a.enabled""")
                .param(sha256(secret))
                .query((rs, i) -> new Found(rs.getLong("token_id"), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")),
                        new LuoshiPrincipal(new CurrentUser(rs.getLong("id"), rs.getString("username"),
                                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                                (Long) rs.getObject("unit_id"), rs.getString("short_name")), null, true,
                                rs.getBoolean("must_change_password"))))
                .optional();
        if (found.isEmpty() || found.get().expiresAt() != null && !now.isBefore(found.get().expiresAt())) {
            return Optional.empty();
        }
        Found f = found.get();
        if (f.lastUsedAt() == null || !now.isBefore(f.lastUsedAt().plus(TOUCH_EVERY))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ?").params(ts(now), f.tokenId()).update();
        }
        return Optional.of(f.principal());
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
