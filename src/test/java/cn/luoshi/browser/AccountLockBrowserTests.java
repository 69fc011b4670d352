package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 登录失败限制 and 重置密码 as people meet them: five wrong passwords lock an account and the login page says until
 * when; the admin sees the lock on 组织与账号, unlocks it, resets the password and reads the one-time password once;
 * the user signing in with it is held on 修改密码, where a weak password is refused in words, until a good one is set.
 * The waits between attempts are passed on the application's clock, not slept.
 */
@LuoshiIntegrationTest
class AccountLockBrowserTests extends BrowserTest {

    static final String PASSWORD = "Qiang-mima-2026";

    @Autowired
    OrgDirectory org;

    private static void signIn(Page page, String user, String password) {
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForLoadState();
    }

    @Test
    void aLockedAccountIsUnlockedAndResetByTheAdminAndTheUserMustChooseANewPassword() {
        String user = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        org.createUser(new OrgDirectory.NewUser(user, PASSWORD, "测试" + user.substring(1, 4), Role.VIEWER, null,
                null), SystemUser.INSTANCE);
        try {
            Page login = browser.atLogin();
            for (int i = 1; i <= 5; i++) {
                signIn(login, user, "wrong-" + i);
                TestClock.advance(Duration.ofMinutes(2)); // past the wait after the 3rd and 4th failure
            }
            signIn(login, user, PASSWORD);
            assertThat(login.getByTestId("login-error")).containsText("登录失败次数过多，账号已锁定至");
            Browser.screenshot(login, "account-1-locked");

            Page admin = browser.loginAs("admin", "admin-test-pw", false);
            admin.navigate(browser.url("/admin/users"));
            assertThat(admin.getByTestId("locks")).containsText(user);
            Browser.screenshot(admin, "account-2-admin-sees-lock");
            admin.getByTestId("unlock-" + user).click();
            admin.waitForURL(browser.url("/admin/users"));
            assertThat(admin.locator("[data-testid=unlock-" + user + "]")).hasCount(0);

            admin.onceDialog(d -> d.accept());
            admin.getByTestId("reset-" + user).click();
            admin.waitForURL(browser.url("/admin/users"));
            String flash = admin.locator(".alert-success").textContent();
            assertThat(flash).contains("临时密码（仅显示这一次）：");
            String temporary = flash.replaceAll("(?s).*：([A-Za-z0-9]{14})，.*", "$1");
            assertThat(temporary).hasSize(14);
            Browser.screenshot(admin, "account-3-one-time-password");
            admin.reload();
            assertThat(admin.locator("body")).not().containsText(temporary);

            signIn(login, user, temporary);
            login.waitForURL(url -> url.contains("/account/password"));
            assertThat(login.getByTestId("must-change")).isVisible();
            login.clock().install();
            login.reload();
            // The bell polls a minute later: nothing of the page may land in the navbar.
            com.microsoft.playwright.Response poll = login.waitForResponse(
                    r -> r.url().endsWith("/notifications/bell"), () -> login.clock().runFor(61_000));
            assertThat(poll.status()).isEqualTo(204);
            assertThat(login.locator("nav [data-testid=must-change], nav #newPassword")).hasCount(0);
            assertThat(login.getByTestId("must-change")).hasCount(1);
            Browser.screenshot(login, "account-4-must-change");
            login.navigate(browser.url("/tasks"));
            assertThat(login).hasURL(java.util.regex.Pattern.compile(".*/account/password.*"));

            login.fill("#currentPassword", temporary);
            login.fill("#newPassword", "12345678");
            login.fill("#repeatPassword", "12345678");
            login.getByTestId("save-password").click();
            assertThat(login.getByTestId("password-errors")).containsText("常见");
            Browser.screenshot(login, "account-5-weak-password-refused");

            login.fill("#currentPassword", temporary);
            login.fill("#newPassword", "Xin-mima-2027");
            login.fill("#repeatPassword", "Xin-mima-2027");
            login.getByTestId("save-password").click();
            login.navigate(browser.url("/tasks"));
            assertThat(login).hasURL(browser.url("/tasks"));
            login.context().close();
            admin.context().close();
        } finally {
            TestClock.reset();
        }
    }
}
