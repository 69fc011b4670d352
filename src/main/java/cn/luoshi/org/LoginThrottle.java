package cn.luoshi.org;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ForbiddenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per account and per client address, in {@code login_throttle}, judged by {@link LoginThrottleRule}
 * with the injected clock. Used by the form login and HTTP Basic alike (one authentication provider); locks and
 * unlocks are audited.
 */
@Service
public class LoginThrottle {

    public enum Kind { ACCOUNT, ADDRESS }

    /** A lock or wait as the admin's user page lists it. */
    public record Lock(Kind kind, String key, int failures, Instant lastFailureAt, Instant lockedUntil) {
        public boolean account() {
            return kind == Kind.ACCOUNT;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final LoginThrottleRule accountRule;
    private final LoginThrottleRule addressRule;

    LoginThrottle(JdbcClient jdbc, Clock clock, AuditLog audit,
            @Value("${luoshi.security.login.max-failures:5}") int maxFailures,
            @Value("${luoshi.security.login.lock:15m}") Duration lock,
            @Value("${luoshi.security.login.slow-after:3}") int slowAfter,
            @Value("${luoshi.security.login.delay:1s}") Duration delay,
            @Value("${luoshi.security.login.window:15m}") Duration window,
            @Value("${luoshi.security.login.address-max-failures:50}") int addressMaxFailures,
            @Value("${luoshi.security.login.address-lock:15m}") Duration addressLock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.accountRule = new LoginThrottleRule(maxFailures, lock, slowAfter, delay, window);
        this.addressRule = new LoginThrottleRule(addressMaxFailures, addressLock, 0, Duration.ZERO, window);
    }

    /** Refused before the password is even checked: thrown with the Chinese message to show. */
    public static final class Refused extends RuntimeException {
        private final Instant until;
        private final boolean locked;

        Refused(String message, Instant until, boolean locked) {
            super(message);
            this.until = until;
            this.locked = locked;
        }

        public Instant until() {
            return until;
        }

        public boolean locked() {
            return locked;
        }
    }

    static String accountKey(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return u.isEmpty() ? "-" : u.length() > 80 ? u.substring(0, 80) : u;
    }

    static String addressKey(String address) {
        return address == null || address.isBlank() ? "-" : address.length() > 80 ? address.substring(0, 80) : address;
    }

    /**
     * Throws {@link Refused} when the account or the address may not try now; otherwise tells whether the account has
     * failures to forget after a successful sign-in. One statement for both keys: it runs on every Basic request.
     */
    public boolean check(String username, String address) {
        return check(username, address, clock.instant());
    }

    boolean check(String username, String address, Instant now) {
        String accountKey = accountKey(username);
        String addressKey = addressKey(address);
        LoginThrottleRule.Attempts accountState = LoginThrottleRule.Attempts.NONE;
        LoginThrottleRule.Attempts addressState = LoginThrottleRule.Attempts.NONE;
        for (Map.Entry<String, LoginThrottleRule.Attempts> row : jdbc.sql("""
                select kind, failures, last_failure_at, locked_until from login_throttle
                where (kind = 'ACCOUNT' and key = ?) or (kind = 'ADDRESS' and key = ?)""")
                .params(accountKey, addressKey)
                .query((rs, i) -> Map.entry(rs.getString("kind"), attempts(rs, i))).list()) {
            if (row.getKey().equals("ACCOUNT")) {
                accountState = row.getValue();
            } else {
                addressState = row.getValue();
            }
        }
        LoginThrottleRule.Verdict account = accountRule.check(accountState, now);
        LoginThrottleRule.Verdict fromAddress = addressRule.check(addressState, now);
        if (fromAddress.kind() == LoginThrottleRule.Verdict.Kind.LOCKED) {
            throw new Refused("本机登录失败次数过多，已暂停登录至" + hhmm(fromAddress.until()) + "，请稍后再试或联系管理员解锁",
                    fromAddress.until(), true);
        }
        refuse(account);
        return accountState.failures() > 0;
    }

    private void refuse(LoginThrottleRule.Verdict v) {
        switch (v.kind()) {
            case LOCKED -> throw new Refused(lockedMessage(v.until()), v.until(), true);
            case WAIT -> throw new Refused("登录失败次数较多，请" + seconds(v.until()) + "秒后再试", v.until(), false);
            case ALLOW -> { }
        }
    }

    static String lockedMessage(Instant until, java.time.ZoneId zone) {
        return "登录失败次数过多，账号已锁定至" + DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(until)
                + "，请稍后再试或联系管理员解锁";
    }

    private String lockedMessage(Instant until) {
        return lockedMessage(until, clock.getZone());
    }

    private String hhmm(Instant t) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone()).format(t);
    }

    private long seconds(Instant until) {
        return Math.max(1, (Duration.between(clock.instant(), until).toMillis() + 999) / 1000);
    }

    /**
     * Counts a wrong password for the account and the address. Returns the refusal to report instead of "wrong
     * password" when this failure locked the account, so the user learns it at once (returned, not thrown: the
     * count must commit).
     */
    @Transactional
    public Optional<Refused> recordFailure(String username, String address) {
        return recordFailure(username, address, clock.instant());
    }

    @Transactional
    Optional<Refused> recordFailure(String username, String address, Instant now) {
        LoginThrottleRule.Attempts account = fail(Kind.ACCOUNT, accountKey(username), accountRule, now);
        fail(Kind.ADDRESS, addressKey(address), addressRule, now);
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            return Optional.of(new Refused(lockedMessage(account.lockedUntil()), account.lockedUntil(), true));
        }
        return Optional.empty();
    }

    private LoginThrottleRule.Attempts fail(Kind kind, String key, LoginThrottleRule rule, Instant now) {
        jdbc.sql("insert into login_throttle (kind, key) values (?, ?) on conflict do nothing")
                .params(kind.name(), key).update();
        LoginThrottleRule.Attempts before = jdbc.sql("""
                select failures, last_failure_at, locked_until from login_throttle where kind = ? and key = ?
                for update""").params(kind.name(), key).query(LoginThrottle::attempts).single();
        LoginThrottleRule.Attempts after = rule.afterFailure(before, now);
        jdbc.sql("update login_throttle set failures = ?, last_failure_at = ?, locked_until = ? where kind = ? and key = ?")
                .params(after.failures(), ts(after.lastFailureAt()), ts(after.lockedUntil()), kind.name(), key)
                .update();
        boolean newLock = after.lockedUntil() != null
                && (before.lockedUntil() == null || !before.lockedUntil().isAfter(now));
        if (newLock) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put(kind == Kind.ACCOUNT ? "账号" : "地址", key);
            state.put("连续失败次数", after.failures());
            state.put("锁定至", hhmm(after.lockedUntil()));
            audit.record("系统", AuditAction.UPDATE, subject(kind, key),
                    (kind == Kind.ACCOUNT ? "账号 " : "地址 ") + key + " 登录连续失败" + after.failures() + "次，锁定至"
                            + hhmm(after.lockedUntil()), null, state);
        }
        return after;
    }

    /** A successful sign-in forgets the account's failures (not the address's: others may be guessing from it). */
    public void recordSuccess(String username) {
        jdbc.sql("delete from login_throttle where kind = 'ACCOUNT' and key = ? and (locked_until is null or locked_until <= ?)")
                .params(accountKey(username), ts(clock.instant())).update();
    }

    /**
     * Forgets rows that no longer matter — no lock in force and the last failure a day old — so names tried by a
     * guesser do not pile up. Daily; returns how many.
     */
    @org.springframework.scheduling.annotation.Scheduled(cron = "0 17 3 * * *", zone = "Asia/Shanghai")
    public int purge() {
        return purge(clock.instant());
    }

    int purge(Instant now) {
        return jdbc.sql("""
                delete from login_throttle where (locked_until is null or locked_until <= ?) and last_failure_at < ?""")
                .params(ts(now), ts(now.minus(Duration.ofDays(1)))).update();
    }

    /** The state of one account or address, for tests and the admin page. */
    public LoginThrottleRule.Attempts state(Kind kind, String key) {
        return read(kind, kind == Kind.ACCOUNT ? accountKey(key) : addressKey(key));
    }

    /** Accounts and addresses locked now, for the admin's user page. */
    public List<Lock> locked() {
        return jdbc.sql("""
                select kind, key, failures, last_failure_at, locked_until from login_throttle
                where locked_until > ? order by locked_until desc""").param(ts(clock.instant()))
                .query((rs, i) -> new Lock(Kind.valueOf(rs.getString("kind")), rs.getString("key"),
                        rs.getInt("failures"), instant(rs.getTimestamp("last_failure_at")),
                        instant(rs.getTimestamp("locked_until"))))
                .list();
    }

    /** 解锁: the admin clears an account's or address's failures and lock; audited. */
    @Transactional
    public void unlock(Kind kind, String key, CurrentUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("仅系统管理员可以解锁账号");
        }
        String k = kind == Kind.ACCOUNT ? accountKey(key) : addressKey(key);
        LoginThrottleRule.Attempts before = read(kind, k);
        jdbc.sql("delete from login_throttle where kind = ? and key = ?").params(kind.name(), k).update();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put(kind == Kind.ACCOUNT ? "账号" : "地址", k);
        state.put("连续失败次数", before.failures());
        state.put("锁定至", before.lockedUntil() == null ? null : hhmm(before.lockedUntil()));
        audit.record(by.auditName(), AuditAction.UPDATE, subject(kind, k),
                "解锁" + (kind == Kind.ACCOUNT ? "账号 " : "地址 ") + k, state, null);
    }

    private AuditLog.Subject subject(Kind kind, String key) {
        long id = kind == Kind.ACCOUNT ? jdbc.sql("select id from app_user where lower(username) = ?").param(key)
                .query(Long.class).optional().orElse(0L) : 0L;
        return new AuditLog.Subject(kind == Kind.ACCOUNT ? "账号" : "登录地址", id, null, null);
    }

    private LoginThrottleRule.Attempts read(Kind kind, String key) {
        return jdbc.sql("select failures, last_failure_at, locked_until from login_throttle where kind = ? and key = ?")
                .params(kind.name(), key).query(LoginThrottle::attempts).optional()
                .orElse(LoginThrottleRule.Attempts.NONE);
    }

    private static LoginThrottleRule.Attempts attempts(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new LoginThrottleRule.Attempts(rs.getInt("failures"), instant(rs.getTimestamp("last_failure_at")),
                instant(rs.getTimestamp("locked_until")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
