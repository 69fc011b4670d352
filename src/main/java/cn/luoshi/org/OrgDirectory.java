package cn.luoshi.org;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.Violations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is who: units, people, leaders and accounts. Changes are for the admin only. */
@Service
public class OrgDirectory {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final java.time.Clock clock;
    private final AuditLog audit;

    OrgDirectory(JdbcClient jdbc, PasswordEncoder passwords, java.time.Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.audit = audit;
    }

    // ---- units ---------------------------------------------------------------------------------------------------

    /**
     * Units and people are small and change rarely, but every validation and audit snapshot reads them: they are
     * cached and dropped on any change made through this class (one application instance per database).
     */
    private volatile List<Unit> unitCache;
    private volatile List<Person> peopleCache;

    private void invalidate() {
        unitCache = null;
        peopleCache = null;
        // Again once the change commits or rolls back: a read inside the transaction may have cached it.
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            unitCache = null;
                            peopleCache = null;
                        }
                    });
        }
    }

    public List<Unit> units() {
        List<Unit> u = unitCache;
        if (u == null) {
            u = List.copyOf(jdbc.sql("select * from unit where active order by sort_order, id")
                    .query(OrgDirectory::unit).list());
            unitCache = u;
        }
        return u;
    }

    public Map<Long, Unit> unitsById() {
        return units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    public Optional<Unit> unit(long id) {
        return units().stream().filter(u -> u.id() == id).findFirst();
    }

    /** A unit by its full or short name as people write it (区住房和城乡建设局, 住房和城乡建设局, 住建). */
    public Optional<Unit> findUnitByName(String name) {
        return units().stream().filter(u -> u.answersTo(name)).findFirst();
    }

    public boolean hasAnyUnit() {
        return jdbc.sql("select exists(select 1 from unit)").query(Boolean.class).single();
    }

    /** Input for a new unit. */
    public record NewUnit(UnitType type, Long parentId, String shortName, String fullName, Integer sortOrder) {
    }

    @Transactional
    public Unit createUnit(NewUnit in, CurrentUser by) {
        requireAdmin(by);
        Violations v = new Violations();
        v.check(in.type() != null, "type", "请选择单位类型");
        v.requireText(in.shortName(), "shortName", "单位简称", 20);
        v.requireText(in.fullName(), "fullName", "单位全称", 60);
        if (in.parentId() != null) {
            v.check(unit(in.parentId()).isPresent(), "parentId", "上级单位不存在");
        }
        if (in.fullName() != null && findUnitByName(in.fullName().trim()).isPresent()) {
            v.add("fullName", "已有同名单位：" + in.fullName().trim());
        }
        if (in.shortName() != null && findUnitByName(in.shortName().trim()).isPresent()) {
            v.add("shortName", "已有同简称单位：" + in.shortName().trim());
        }
        v.throwIfAny();
        long id = jdbc.sql("""
                insert into unit (type, parent_id, short_name, full_name, sort_order) values (?, ?, ?, ?, ?) returning id""")
                .params(in.type().name(), in.parentId(), in.shortName().trim(), in.fullName().trim(),
                        in.sortOrder() == null ? 0 : in.sortOrder())
                .query(Long.class).single();
        invalidate();
        return unit(id).orElseThrow();
    }

    // ---- people --------------------------------------------------------------------------------------------------

    public List<Person> people() {
        List<Person> p = peopleCache;
        if (p == null) {
            p = List.copyOf(jdbc.sql("select * from person order by unit_id, sort_order, id")
                    .query(OrgDirectory::person).list());
            peopleCache = p;
        }
        return p;
    }

    public List<Person> people(long unitId) {
        return people().stream().filter(p -> p.unitId() == unitId).toList();
    }

    /** District leaders (区领导), for 牵头区领导 pickers. */
    public List<Person> leaders() {
        return people().stream().filter(Person::leader).toList();
    }

    public Optional<Person> person(long id) {
        return people().stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<Person> findLeaderByName(String name) {
        return leaders().stream().filter(p -> p.name().equals(name == null ? null : name.trim())).findFirst();
    }

    /** Input for a new person; {@code portfolioUnitIds} are the units a leader is in charge of. */
    public record NewPerson(long unitId, String name, String position, String phone, boolean leader, String portfolio,
            List<Long> portfolioUnitIds) {
    }

    @Transactional
    public Person createPerson(NewPerson in, CurrentUser by) {
        requireAdmin(by);
        Violations v = new Violations();
        v.check(unit(in.unitId()).isPresent(), "unitId", "所属单位不存在");
        v.requireText(in.name(), "name", "姓名", 30);
        v.optionalText(in.position(), "position", "职务", 40);
        v.optionalText(in.phone(), "phone", "联系电话", 30);
        v.optionalText(in.portfolio(), "portfolio", "分管工作", 500);
        v.throwIfAny();
        long id = jdbc.sql("""
                insert into person (unit_id, name, position, phone, leader, portfolio, sort_order)
                values (?, ?, ?, ?, ?, ?, (select coalesce(max(sort_order), 0) + 1 from person)) returning id""")
                .params(in.unitId(), in.name().trim(), in.position(), in.phone(), in.leader(), in.portfolio())
                .query(Long.class).single();
        invalidate();
        if (in.portfolioUnitIds() != null) {
            for (Long unitId : in.portfolioUnitIds()) {
                jdbc.sql("insert into leader_portfolio (person_id, unit_id) values (?, ?) on conflict do nothing")
                        .params(id, unitId).update();
            }
        }
        return person(id).orElseThrow();
    }

    /** Units a leader is in charge of (分管). */
    public List<Unit> portfolioUnits(long personId) {
        return jdbc.sql("""
                select u.* from unit u join leader_portfolio lp on lp.unit_id = u.id where lp.person_id = ?
                order by u.sort_order, u.id""").param(personId).query(OrgDirectory::unit).list();
    }

    // ---- accounts ------------------------------------------------------------------------------------------------

    public List<UserAccount> users() {
        return jdbc.sql("""
                select a.*, u.short_name as unit_name from app_user a left join unit u on u.id = a.unit_id
                order by a.id""").query(OrgDirectory::account).list();
    }

    /** The person an account belongs to (a leader's account names the leader), if linked. */
    public Optional<Long> personIdOf(long userId) {
        return jdbc.sql("select person_id from app_user where id = ? and person_id is not null").param(userId)
                .query(Long.class).optional();
    }

    /** The enabled accounts of these people (a 牵头区领导's account, to tell him that work arrived). */
    public List<Long> userIdsOfPeople(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from app_user where person_id in (:people) and enabled order by id")
                .param("people", List.copyOf(personIds)).query(Long.class).list();
    }

    /** Whether some enabled account belongs to the person (a leader who can sign in to decide). */
    public boolean hasAccount(long personId) {
        return jdbc.sql("select exists(select 1 from app_user where person_id = ? and enabled)").param(personId)
                .query(Boolean.class).single();
    }

    public boolean userExists(String username) {
        return jdbc.sql("select exists(select 1 from app_user where lower(username) = lower(?))").param(username)
                .query(Boolean.class).single();
    }

    public boolean adminExists() {
        return jdbc.sql("select exists(select 1 from app_user where role = 'ADMIN')").query(Boolean.class).single();
    }

    /** Input for a new account. Unit roles need a unit. */
    public record NewUser(String username, String password, String displayName, Role role, Long unitId, Long personId) {
    }

    @Transactional
    public UserAccount createUser(NewUser in, CurrentUser by) {
        requireAdmin(by);
        Violations v = new Violations();
        if (in.username() == null || !in.username().matches("[A-Za-z0-9_.-]{2,40}")) {
            v.add("username", "用户名须为2-40位字母、数字、点、下划线或连字符");
        } else if (userExists(in.username())) {
            v.add("username", "用户名已存在：" + in.username());
        }
        if (by == SystemUser.INSTANCE) { // first admin and demo accounts: the operator chose them
            v.check(in.password() != null && in.password().length() >= 8 && in.password().length() <= 72, "password",
                    "密码长度须为8-72位");
        } else {
            PasswordPolicy.check(in.password(), in.username(), "password").list()
                    .forEach(x -> v.add(x.field(), x.message()));
        }
        v.requireText(in.displayName(), "displayName", "姓名", 40);
        v.check(in.role() != null, "role", "请选择角色");
        if (in.role() != null && in.role().isUnitRole()) {
            v.check(in.unitId() != null, "unitId", "单位用户必须选择所属单位");
        }
        if (in.unitId() != null) {
            v.check(unit(in.unitId()).isPresent(), "unitId", "所属单位不存在");
        }
        v.throwIfAny();
        long id = jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, unit_id, person_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(in.username(), passwords.encode(in.password()), in.displayName().trim(), in.role().name(),
                        in.unitId(), in.personId())
                .query(Long.class).single();
        UserAccount created = users().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
        audit.record(by.auditName(), AuditAction.CREATE, accountSubject(id), "新建账号 " + created.username(), null,
                accountState(created));
        return created;
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled, CurrentUser by) {
        requireAdmin(by);
        if (by.id() == userId && !enabled) {
            throw InvalidInputException.of("enabled", "不能停用自己的账号");
        }
        int n = jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update();
        if (n == 0) {
            throw new NotFoundException("用户", userId);
        }
        audit.record(by.auditName(), AuditAction.UPDATE, accountSubject(userId),
                (enabled ? "启用账号 " : "停用账号 ") + username(userId), Map.of("状态", enabled ? "停用" : "启用"),
                Map.of("状态", enabled ? "启用" : "停用"));
    }

    // ---- passwords -----------------------------------------------------------------------------------------------

    /** 须修改密码: an admin reset the password and the user has not chosen a new one yet. */
    public boolean mustChangePassword(long userId) {
        return jdbc.sql("select must_change_password from app_user where id = ?").param(userId).query(Boolean.class)
                .optional().orElse(false);
    }

    /** 修改密码: the user gives the current password and the new one twice; the 密码规则 apply. */
    @Transactional
    public void changeOwnPassword(CurrentUser me, String current, String next, String repeat) {
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(me.id()).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("用户", me.id()));
        Violations v = new Violations();
        if (current == null || !passwords.matches(current, hash)) {
            v.add("currentPassword", "当前密码不正确");
        }
        PasswordPolicy.check(next, me.username(), "newPassword").list().forEach(x -> v.add(x.field(), x.message()));
        if (next != null && !next.equals(repeat)) {
            v.add("repeatPassword", "两次输入的新密码不一致");
        }
        if (next != null && next.equals(current)) {
            v.add("newPassword", "新密码不能与当前密码相同");
        }
        v.throwIfAny();
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = false, password_changed_at = ?
                where id = ?""").params(passwords.encode(next), java.sql.Timestamp.from(clock.instant()), me.id())
                .update();
        audit.record(me.auditName(), AuditAction.UPDATE, accountSubject(me.id()), "修改本人密码", null, null);
    }

    /**
     * 重置密码: the admin gives the account a generated one-time password (returned, shown once); the user must
     * choose a new one at the next sign-in (须修改密码).
     */
    @Transactional
    public String resetPassword(long userId, CurrentUser by) {
        requireAdmin(by);
        String temporary = randomPassword();
        int n = jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = true, password_changed_at = ?
                where id = ?""").params(passwords.encode(temporary), java.sql.Timestamp.from(clock.instant()), userId)
                .update();
        if (n == 0) {
            throw new NotFoundException("用户", userId);
        }
        audit.record(by.auditName(), AuditAction.UPDATE, accountSubject(userId), "重置账号 " + username(userId)
                + " 的密码，须在下次登录时修改", null, Map.of("须修改密码", "是"));
        return temporary;
    }

    /**
     * With the demo data off, demo accounts must not keep the shared demo password: those still using it must
     * change it at their next sign-in. Returns how many.
     */
    @Transactional
    public int retireSharedPassword(java.util.Collection<String> usernames, String sharedPassword) {
        int n = 0;
        for (var row : jdbc.sql("""
                select id, username, password_hash from app_user
                where lower(username) in (:names) and not must_change_password and password_changed_at is null""")
                .param("names", usernames.stream().map(u -> u.toLowerCase(java.util.Locale.ROOT)).toList())
                .query((rs, i) -> Map.entry(rs.getLong("id"), rs.getString("password_hash"))).list()) {
            if (passwords.matches(sharedPassword, row.getValue())) {
                jdbc.sql("update app_user set must_change_password = true where id = ?").param(row.getKey()).update();
                audit.record(SystemUser.INSTANCE.auditName(), AuditAction.UPDATE, accountSubject(row.getKey()),
                        "演示数据已关闭：账号 " + username(row.getKey()) + " 仍用演示共用密码，须在下次登录时修改", null,
                        Map.of("须修改密码", "是"));
                n++;
            }
        }
        return n;
    }

    private String username(long userId) {
        return jdbc.sql("select username from app_user where id = ?").param(userId).query(String.class).optional()
                .orElse("#" + userId);
    }

    private static AuditLog.Subject accountSubject(long userId) {
        return new AuditLog.Subject("账号", userId, null, null);
    }

    private static Map<String, Object> accountState(UserAccount a) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("用户名", a.username());
        m.put("姓名", a.displayName());
        m.put("角色", a.role().label());
        m.put("单位", a.unitName());
        return m;
    }

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    static String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void requireAdmin(CurrentUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("仅系统管理员可以维护组织机构和账号");
        }
    }

    static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getLong("id"), UnitType.valueOf(rs.getString("type")), (Long) rs.getObject("parent_id"),
                rs.getString("short_name"), rs.getString("full_name"), rs.getInt("sort_order"));
    }

    static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"), rs.getString("position"),
                rs.getString("phone"), rs.getBoolean("leader"), rs.getString("portfolio"));
    }

    static UserAccount account(ResultSet rs, int row) throws SQLException {
        var last = rs.getTimestamp("last_login_at");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), (Long) rs.getObject("unit_id"), rs.getString("unit_name"),
                rs.getBoolean("enabled"), last == null ? null : last.toInstant());
    }
}
