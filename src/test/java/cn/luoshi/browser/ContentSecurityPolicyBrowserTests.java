package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under the Content-Security-Policy the pages that run scripts still work — the overview's chart, the public
 * 民生实事 chart, the task page's workflow forms, a confirm() from data-confirm — and the browser reports no blocked
 * script. Also 我的账号: a token is shown once and revoked after the confirmation.
 */
@LuoshiIntegrationTest
class ContentSecurityPolicyBrowserTests extends BrowserTest {

    private static List<String> watch(Page page) {
        List<String> blocked = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                blocked.add(page.url() + ": " + m.text());
            }
        });
        return blocked;
    }

    @Test
    void pagesWithScriptsWorkAndNothingIsBlocked() {
        Page page = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        List<String> blocked = watch(page);
        page.navigate(browser.url("/"));
        assertThat(page.locator("#unitChart canvas")).hasCount(1);
        long task = Api.as(port, "duchashi").get("/api/tasks?size=1").body().get("rows").get(0).get("id").asLong();
        for (String path : List.of("/tasks/" + task, "/bulletins", "/supervision/orders", "/supervision/inspections",
                "/minsheng", "/tasks/import", "/account", "/account/password")) {
            page.navigate(browser.url(path));
            page.waitForLoadState();
        }
        page.navigate(browser.url("/public/minsheng"));
        assertThat(page.locator("#msChart svg")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(blocked).isEmpty();
        page.context().close();
    }

    @Test
    void aTokenIsShownOnceAndRevokedAfterConfirming() {
        Page page = browser.loginAs("zhujian2", Api.DEMO_PASSWORD, false);
        List<String> blocked = watch(page);
        page.navigate(browser.url("/account"));
        page.fill("#tokenName", "浏览器测试");
        page.getByTestId("create-token").click();
        String token = page.getByTestId("new-token").locator("code").first().textContent();
        org.assertj.core.api.Assertions.assertThat(token).startsWith("ls_");
        org.assertj.core.api.Assertions.assertThat(Api.bearer(port, token).get("/api/me").status()).isEqualTo(200);
        Browser.screenshot(page, "account-token");

        page.onceDialog(d -> d.dismiss()); // 取消: nothing happens
        page.getByTestId("tokens").locator("tr", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("浏览器测试")).getByText("撤销").click();
        org.assertj.core.api.Assertions.assertThat(Api.bearer(port, token).get("/api/me").status()).isEqualTo(200);
        page.onceDialog(d -> d.accept());
        page.getByTestId("tokens").locator("tr", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("浏览器测试")).getByText("撤销").click();
        page.waitForURL(browser.url("/account"));
        assertThat(page.getByTestId("tokens")).containsText("已撤销");
        org.assertj.core.api.Assertions.assertThat(Api.bearer(port, token).get("/api/me").status()).isEqualTo(401);
        org.assertj.core.api.Assertions.assertThat(page.locator("[data-testid=new-token]").count()).isZero();
        org.assertj.core.api.Assertions.assertThat(blocked).isEmpty();
        page.context().close();
    }
}
