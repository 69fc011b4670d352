package cn.luoshi.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Accounts on the running application: 登录失败限制 on the form and HTTP Basic, admin unlock, 个人API令牌, an admin's
 * password reset forcing a change, the 密码规则. Every test uses accounts it creates, never a demo account.
 */
@LuoshiIntegrationTest
class AccountSecurityTests {

    private static final String PASSWORD = "Xq7-ledger-Pw";
    /** Failures recorded through the component name an address no test request comes from. */
    private static final String ADDRESS = "203.0.113.77";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    OrgDirectory org;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private String newUser(Role role, Long unitId) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        org.createUser(new OrgDirectory.NewUser(username, PASSWORD, "测试" + username.substring(1, 5), role, unitId,
                null), SystemUser.INSTANCE);
        return username;
    }

    private CurrentUser current(String username) {
        return ((LuoshiPrincipal) users.loadUserByUsername(username)).user();
    }

    private static CurrentUser admin() {
        return new CurrentUser(1, "admin", "系统管理员", Role.ADMIN, null, null);
    }

    private void lockByFailures(String username, Instant at) {
        lockByFailures(username, at, ADDRESS);
    }

    private void lockByFailures(String username, Instant at, String address) {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(username, address, at.plusSeconds(i * 120L));
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForTheirAddressUntilTheAdminUnlocksIt() {
        String user = newUser(Role.VIEWER, null);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
        lockByFailures(user, now.minusSeconds(600));
        LoginThrottleRule.Attempts state = throttle.state(user, ADDRESS);
        assertThat(state.failures()).isEqualTo(5);
        assertThat(state.lockedUntil()).isEqualTo(now.minusSeconds(600).plusSeconds(4 * 120L).plus(Duration.ofMinutes(15)));
        assertThat(throttle.state(LoginThrottle.Kind.ACCOUNT, user).lockedUntil()).as("account-wide: slows only")
                .isNull();

        // Locked and audited; after the lock's end the right password would be allowed again from that address.
        assertThat(jdbc.sql("select count(*) from audit_entry where summary like ?")
                .param("账号 " + user + " 登录连续失败5次，锁定至%（仅对来自 " + ADDRESS + " 的登录）").query(Long.class).single())
                .isEqualTo(1);
        LoginThrottle.Refused refused = catchThrowableOfType(LoginThrottle.Refused.class,
                () -> throttle.check(user, ADDRESS, state.lockedUntil().minusSeconds(1)));
        assertThat(refused.getMessage()).startsWith("登录失败次数过多，账号已锁定至").endsWith("请稍后再试或联系管理员解锁");
        assertThatCode(() -> throttle.check(user, ADDRESS, state.lockedUntil().plusSeconds(1)))
                .doesNotThrowAnyException();

        // The owner, from another address (here the test's own, over HTTP Basic), is not locked out by them.
        assertThat(Api.basic(port, user, PASSWORD).get("/api/me").status()).isEqualTo(200);

        throttle.unlock(LoginThrottle.Kind.ACCOUNT, user, admin());
        assertThat(throttle.state(user, ADDRESS).failures()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where summary = ?").param("解锁账号 " + user)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aGuesserSpreadOverManyAddressesIsSlowedDownAccountWide() {
        String user = newUser(Role.VIEWER, null);
        Instant t = clock.instant();
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(user, "198.51.100." + i, t.plusSeconds(i));
        }
        // Three failures from three addresses: none is locked, but the next try from anywhere must wait.
        LoginThrottle.Refused wait = catchThrowableOfType(LoginThrottle.Refused.class,
                () -> throttle.check(user, "198.51.100.99", t.plusMillis(2500)));
        assertThat(wait.locked()).isFalse();
        assertThat(wait.getMessage()).contains("秒后再试");
        assertThatCode(() -> throttle.check(user, "198.51.100.99", t.plusSeconds(120))).doesNotThrowAnyException();
        throttle.unlock(LoginThrottle.Kind.ACCOUNT, user, admin());
    }

    @Test
    void wrongPasswordsOverHttpSlowDownThenLock() {
        String user = newUser(Role.VIEWER, null);
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(Api.basic(port, user, "wrong-" + i).get("/api/me").status()).isEqualTo(401);
            }
            // The fourth try comes too soon: refused without checking the password, even the right one.
            Api.Response tooSoon = Api.basic(port, user, PASSWORD).get("/api/me");
            assertThat(tooSoon.status()).isEqualTo(429);
            assertThat(tooSoon.body().get("message").asString()).contains("秒后再试");
            assertThat(throttle.state(LoginThrottle.Kind.ACCOUNT, user).failures()).isEqualTo(3);
            assertThat(throttle.state(user, "127.0.0.1").failures() + throttle.state(user, "0:0:0:0:0:0:0:1").failures())
                    .isEqualTo(3);
        } finally {
            throttle.unlock(LoginThrottle.Kind.ACCOUNT, user, admin());
            for (String local : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
                throttle.unlock(LoginThrottle.Kind.ADDRESS, local, admin());
            }
        }
    }

    @Test
    void theFormLoginOfALockedAccountSaysUntilWhenAndTheAdminPageUnlocksIt() throws Exception {
        String user = newUser(Role.VIEWER, null);
        lockByFailures(user, clock.instant().minusSeconds(600), "127.0.0.1"); // MockMvc's address
        MvcResult r = mvc.perform(formLogin().user(user).password(PASSWORD)).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MockHttpSession session = (MockHttpSession) r.getRequest().getSession();
        String page = mvc.perform(get("/login?error").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("登录失败次数过多，账号已锁定至");
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isNotNull();

        // The admin sees it on the user page and unlocks it there.
        MockHttpSession adminSession = (MockHttpSession) mvc.perform(formLogin().user("admin")
                .password("admin-test-pw")).andReturn().getRequest().getSession();
        String adminPage = mvc.perform(get("/admin/users").session(adminSession)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(adminPage).contains("登录锁定").contains("unlock-" + user);
        mvc.perform(post("/admin/users/unlock").session(adminSession).with(csrf()).param("kind", "ACCOUNT")
                .param("key", user));
        assertThat(mvc.perform(formLogin().user(user).password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anApiTokenActsAsItsOwnerUntilRevoked() {
        long zhujian = org.findUnitByName("住建").orElseThrow().id();
        String user = newUser(Role.UNIT_HEAD, zhujian);
        CurrentUser owner = current(user);
        ApiTokens.Created created = tokens.create("数据平台", null, owner);
        assertThat(created.secret()).startsWith("ls_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(ApiTokens.sha256(created.secret()))
                .query(Long.class).single()).isEqualTo(1);

        Api token = Api.bearer(port, created.secret());
        Api.Response me = token.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asString()).isEqualTo(user);
        assertThat(tokens.mine(owner).get(0).lastUsedAt()).isNotNull();

        // Same scope as the owner: the unit's tasks only, and no 督查室 action.
        Api.Response mine = token.get("/api/tasks?size=200");
        Api.Response byPassword = Api.basic(port, user, PASSWORD).get("/api/tasks?size=200");
        assertThat(mine.body().get("total").asLong()).isEqualTo(byPassword.body().get("total").asLong());
        Api.Response all = Api.as(port, "duchashi").get("/api/tasks?size=1");
        assertThat(mine.body().get("total").asLong()).isLessThan(all.body().get("total").asLong());
        long otherUnitsTask = jdbc.sql("select id from task where lead_unit_id <> ? order by id limit 1").param(zhujian)
                .query(Long.class).single();
        assertThat(token.get("/api/tasks/" + otherUnitsTask).status()).isEqualTo(404);
        assertThat(token.post("/api/directives", "{\"title\":\"令牌不能越权\"}").status()).isEqualTo(403);

        tokens.revoke(created.token().id(), owner);
        Api.Response revoked = token.get("/api/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body().get("message").asString()).isEqualTo("API令牌无效、已过期或已撤销");
        assertThat(Api.bearer(port, "ls_not-a-token").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void anAdminResetForcesAPasswordChangeAtTheNextSignIn() throws Exception {
        String user = newUser(Role.VIEWER, null);
        String temporary = org.resetPassword(org.users().stream().filter(u -> u.username().equals(user)).findFirst()
                .orElseThrow().id(), admin());

        Api.Response api = Api.basic(port, user, temporary).get("/api/me");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body().get("message").asString()).contains("请先登录网页修改密码");

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(user).password(temporary))
                .andReturn().getRequest().getSession();
        assertThat(mvc.perform(get("/tasks").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        String weak = mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", temporary).param("newPassword", "woaini1314")
                .param("repeatPassword", "woaini1314")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(weak).contains("该密码过于常见");
        String next = "Luo-" + user.substring(1, 7) + "-Shi";
        assertThat(mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", temporary).param("newPassword", next).param("repeatPassword", next))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(mvc.perform(get("/tasks").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(Api.basic(port, user, next).get("/api/me").status()).isEqualTo(200);
        assertThat(Api.basic(port, user, temporary).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void newAccountsFromTheAdminFollowThePasswordRules() {
        var e = org.users(); // warm
        assertThat(e).isNotEmpty();
        assertThatThrownBy(() -> org.createUser(new OrgDirectory.NewUser("tweakpw" + UUID.randomUUID().toString()
                .substring(0, 6), "woaini1314", "弱密码", Role.VIEWER, null, null), admin()))
                .hasMessageContaining("过于常见");
    }

    @Test
    void withTheDemoDataOffAccountsStillOnTheSharedPasswordMustChangeIt() {
        String shared = newUser(Role.VIEWER, null);
        String own = newUser(Role.VIEWER, null);
        assertThat(org.retireSharedPassword(java.util.List.of(shared, own.toUpperCase()), "not-" + PASSWORD)).isZero();
        assertThat(org.retireSharedPassword(java.util.List.of(shared, own), PASSWORD)).isEqualTo(2);
        long id = org.users().stream().filter(u -> u.username().equals(shared)).findFirst().orElseThrow().id();
        assertThat(org.mustChangePassword(id)).isTrue();
        assertThat(org.retireSharedPassword(java.util.List.of(shared), PASSWORD)).as("only once").isZero();
    }

    @Test
    void oldFailuresAreForgottenButNotALockInForce() {
        String old = newUser(Role.VIEWER, null);
        String locked = newUser(Role.VIEWER, null);
        Instant now = clock.instant();
        throttle.recordFailure(old, ADDRESS, now.minus(Duration.ofDays(2)));
        lockByFailures(locked, now.minus(Duration.ofDays(2)));
        jdbc.sql("update login_throttle set locked_until = ? where key = ?")
                .params(java.sql.Timestamp.from(now.plus(Duration.ofMinutes(5))), locked + "@" + ADDRESS).update();
        throttle.purge(now);
        assertThat(throttle.state(LoginThrottle.Kind.ACCOUNT, old).failures()).isZero();
        assertThat(throttle.state(old, ADDRESS).failures()).isZero();
        assertThat(throttle.state(locked, ADDRESS).lockedUntil()).isNotNull();
        throttle.unlock(LoginThrottle.Kind.ACCOUNT, locked, admin());
    }

    @Test
    void theAdminResetsAPasswordOnTheUserPageAndSeesTheOneTimePasswordOnce() throws Exception {
        String user = newUser(Role.VIEWER, null);
        long id = org.users().stream().filter(u -> u.username().equals(user)).findFirst().orElseThrow().id();
        MockHttpSession adminSession = (MockHttpSession) mvc.perform(formLogin().user("admin")
                .password("admin-test-pw")).andReturn().getRequest().getSession();
        MvcResult reset = mvc.perform(post("/admin/users/reset-password").session(adminSession).with(csrf())
                .param("userId", Long.toString(id))).andReturn();
        String flash = (String) reset.getFlashMap().get("flash");
        assertThat(flash).contains("临时密码（仅显示这一次）：").contains("下次登录后须修改密码");
        String temporary = flash.replaceAll(".*：([A-Za-z0-9]{14})，.*", "$1");
        assertThat(Api.basic(port, user, temporary).get("/api/me").status()).isEqualTo(403);
        assertThat(org.mustChangePassword(id)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where summary = ?")
                .param("重置账号 " + user + " 的密码，须在下次登录时修改").query(Long.class).single()).isEqualTo(1);
        // Not for anyone else.
        MockHttpSession office = (MockHttpSession) mvc.perform(formLogin().user("duchashi").password(Api.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        assertThat(mvc.perform(post("/admin/users/reset-password").session(office).with(csrf())
                .param("userId", Long.toString(id))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
