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
 * Failed sign-ins, in {@code login_throttle}, judged by {@link LoginThrottleRule} with the injected clock. Three
 * counts: per account and address (locks the account for that address: a guesser elsewhere cannot lock its owner
 * out), per account (slows every address down, at most a minute between tries: bounds guessing spread over many
 * addresses) and per address (locks the address). Used by the form login and HTTP Basic alike (one authentication
 * provider); locks and unlocks are audited.
 */
@Service
public class LoginThrottle {

    /**
     * ACCOUNT: one account from anywhere (slows down); ACCOUNT_ADDRESS: one account from one address (locks it there);
     * ADDRESS: one client address (locks it).
     */
    public enum Kind { ACCOUNT, ACCOUNT_ADDRESS, ADDRESS }

    /**
     * A lock as the admin's user page lists it: an account (locked from {@code address}) or an address. Unlocking an
     * account clears all of its counts.
     */
    public record Lock(Kind kind, String key, int failures, Instant lastFailureAt, Instant lockedUntil) {
        public boolean account() {
            return kind != Kind.ADDRESS;
        }

        /** The account's user name (or the address, for an address lock): what the unlock form sends. */
        public String name() {
            return kind == Kind.ACCOUNT_ADDRESS ? key.substring(0, key.lastIndexOf('@')) : key;
        }

        /** The address an account lock applies to, or null. */
        public String address() {
            return kind == Kind.ACCOUNT_ADDRESS ? key.substring(key.lastIndexOf('@') + 1) : null;
        }

        /** The kind the unlock form sends: an account lock unlocks the account. */
        public Kind unlockKind() {
            return kind == Kind.ADDRESS ? Kind.ADDRESS : Kind.ACCOUNT;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final LoginThrottleRule accountRule;
    private final LoginThrottleRule pairRule;
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
        this.accountRule = new LoginThrottleRule(0, lock, slowAfter, delay, window);
        this.pairRule = new LoginThrottleRule(maxFailures, lock, 0, Duration.ZERO, window);
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

    static String pairKey(String username, String address) {
        return accountKey(username) + "@" + addressKey(address);
    }

    /**
     * Throws {@link Refused} when the account or the address may not try now; otherwise tells whether the account has
     * failures to forget after a successful sign-in. One statement for both keys: it runs on every Basic request.
     */
    public boolean check(String username, String address) {
        return check(username, address, clock.instant());
    }

    boolean check(String username, String address, Instant now) {
        Map<Kind, LoginThrottleRule.Attempts> state = new java.util.EnumMap<>(Kind.class);
        jdbc.sql("""
                select kind, failures, last_failure_at, locked_until from login_throttle
                where (kind = 'ACCOUNT' and key = ?) or (kind = 'ACCOUNT_ADDRESS' and key = ?)
                   or (kind = 'ADDRESS' and key = ?)""")
                .params(accountKey(username), pairKey(username, address), addressKey(address))
                .query((rs, i) -> Map.entry(Kind.valueOf(rs.getString("kind")), attempts(rs, i))).list()
                .forEach(e -> state.put(e.getKey(), e.getValue()));
        LoginThrottleRule.Attempts none = LoginThrottleRule.Attempts.NONE;
        LoginThrottleRule.Verdict fromAddress = addressRule.check(state.getOrDefault(Kind.ADDRESS, none), now);
        if (fromAddress.kind() == LoginThrottleRule.Verdict.Kind.LOCKED) {
            throw new Refused("本机登录失败次数过多，已暂停登录至" + hhmm(fromAddress.until()) + "，请稍后再试或联系管理员解锁",
                    fromAddress.until(), true);
        }
        refuse(pairRule.check(state.getOrDefault(Kind.ACCOUNT_ADDRESS, none), now));
        refuse(accountRule.check(state.getOrDefault(Kind.ACCOUNT, none), now));
        return state.getOrDefault(Kind.ACCOUNT, none).failures() > 0
                || state.getOrDefault(Kind.ACCOUNT_ADDRESS, none).failures() > 0;
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
        fail(Kind.ACCOUNT, accountKey(username), accountRule, now);
        LoginThrottleRule.Attempts account = fail(Kind.ACCOUNT_ADDRESS, pairKey(username, address), pairRule, now);
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
            Lock l = new Lock(kind, key, after.failures(), after.lastFailureAt(), after.lockedUntil());
            state.put(l.account() ? "账号" : "地址", l.name());
            if (l.address() != null) {
                state.put("来自地址", l.address());
            }
            state.put("连续失败次数", after.failures());
            state.put("锁定至", hhmm(after.lockedUntil()));
            audit.record("系统", AuditAction.UPDATE, subject(l.unlockKind(), l.name()),
                    (l.account() ? "账号 " : "地址 ") + l.name() + " 登录连续失败" + after.failures() + "次，锁定至"
                            + hhmm(after.lockedUntil())
                            + (l.address() == null ? "" : "（仅对来自 " + l.address() + " 的登录）"), null, state);
        }
        return after;
    }

    /**
     * A successful sign-in forgets the account's failures — account-wide and from every address, except a lock in
     * force elsewhere — not the address's: others may be guessing from it.
     */
    public void recordSuccess(String username) {
        String account = accountKey(username);
        jdbc.sql("""
                delete from login_throttle where ((kind = 'ACCOUNT' and key = ?)
                    or (kind = 'ACCOUNT_ADDRESS' and left(key, ?) = ?))
                  and (locked_until is null or locked_until <= ?)""")
                .params(account, account.length() + 1, account + "@", ts(clock.instant())).update();
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

    /** The state of one account (account-wide) or address, for tests and the admin page. */
    public LoginThrottleRule.Attempts state(Kind kind, String key) {
        return read(kind, kind == Kind.ACCOUNT ? accountKey(key) : addressKey(key));
    }

    /** The state of one account from one address (where the account's lock is kept). */
    public LoginThrottleRule.Attempts state(String username, String address) {
        return read(Kind.ACCOUNT_ADDRESS, pairKey(username, address));
    }

    /** Accounts and addresses locked now, for the admin's user page. */
    public List<Lock> locked() {
        return jdbc.sql("""
                select kind, key, failures, last_failure_at, locked_until from login_throttle
                where locked_until > ? order by locked_until desc""").param(ts(clock.instant()))
                .query(LoginThrottle::lock).list();
    }

    /**
     * 解锁: the admin clears an address's failures and lock, or an account's — account-wide and from every address;
     * audited.
     */
    @Transactional
    public void unlock(Kind kind, String key, CurrentUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("仅系统管理员可以解锁账号");
        }
        if (kind == Kind.ACCOUNT_ADDRESS) {
            throw cn.luoshi.common.InvalidInputException.of("kind", "解锁账号时请选择账号");
        }
        String k = kind == Kind.ACCOUNT ? accountKey(key) : addressKey(key);
        LoginThrottleRule.Attempts before = read(kind, k);
        if (kind == Kind.ACCOUNT) {
            for (Lock pair : jdbc.sql("""
                    select kind, key, failures, last_failure_at, locked_until from login_throttle
                    where kind = 'ACCOUNT_ADDRESS' and left(key, ?) = ? order by locked_until desc nulls last""")
                    .params(k.length() + 1, k + "@").query(LoginThrottle::lock).list()) {
                if (before.lockedUntil() == null && pair.lockedUntil() != null) {
                    before = new LoginThrottleRule.Attempts(pair.failures(), pair.lastFailureAt(), pair.lockedUntil());
                }
            }
            jdbc.sql("delete from login_throttle where kind = 'ACCOUNT_ADDRESS' and left(key, ?) = ?")
                    .params(k.length() + 1, k + "@").update();
        }
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

    private static Lock lock(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Lock(Kind.valueOf(rs.getString("kind")), rs.getString("key"), rs.getInt("failures"),
                instant(rs.getTimestamp("last_failure_at")), instant(rs.getTimestamp("locked_until")));
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
