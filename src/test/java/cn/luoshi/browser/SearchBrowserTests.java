package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.TestClock;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 全文检索 in a real browser: a unit user types a word into the top bar's box, sees the hits grouped by kind with the
 * word marked, opens its task; the 督查室 searches a common demo word (counts, 更多 loaded in place) and, on a 390 px
 * phone, searches from the opened menu; one character gets the message. Screenshots: target/screenshots/search-*.png.
 */
@LuoshiIntegrationTest
class SearchBrowserTests extends BrowserTest {

    @Test
    void aUnitUserTypesAWordInTheTopBarAndOpensTheTaskFound() {
        LedgerFixture fx = new LedgerFixture(port);
        String word = "凤栖湖" + (System.nanoTime() % 10_000);
        long d = fx.directive("浏览器检索来源");
        Map<String, Object> body = fx.taskBody("完成湖区截污纳管工程", "住建");
        body.put("description", "对" + word + "周边12个排口实施截污纳管，年底前消除黑臭水体。");
        body.put("coUnitIds", List.of());
        long task = fx.supervisor().post("/api/directives/" + d + "/tasks", body).id();
        fx.accept(task, "zhujian");
        assertThat(Api.as(port, "zhujian").post("/api/tasks/" + task + "/reports", Map.of("reportedOn",
                TestClock.today().toString(), "cumulative", 3, "narrative", "已完成" + word + "东岸3个排口改造"))
                .status()).isEqualTo(201);

        Page page = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        page.getByTestId("topbar-search-input").fill(word);
        page.getByTestId("topbar-search-input").press("Enter");
        page.waitForURL(url -> url.contains("/search?q="));
        assertThat(page.getByTestId("kind-TASK").getByTestId("kind-count")).hasText("1");
        assertThat(page.getByTestId("kind-REPORT").getByTestId("kind-count")).hasText("1");
        assertThat(page.getByTestId("search-empty-kinds")).containsText("督办单");
        assertThat(page.getByTestId("kind-TASK").locator("mark").first()).hasText(word);
        Browser.screenshot(page, "search-1-unit-results");
        page.getByTestId("kind-TASK").getByTestId("hit-link").click();
        page.waitForURL(url -> url.endsWith("/tasks/" + task));
        assertThat(page.getByTestId("task-title")).hasText("完成湖区截污纳管工程");

        page.getByTestId("topbar-search-input").fill("湖");
        page.getByTestId("topbar-search-input").press("Enter");
        assertThat(page.getByTestId("search-problem")).containsText("请至少输入两个字");
        Browser.screenshot(page, "search-2-one-character");
        page.context().close();
    }

    @Test
    void theOfficeSearchesACommonWordLoadsMoreInPlaceAndSearchesOnAPhone() {
        Page page = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        page.getByTestId("topbar-search-input").fill("改造");
        page.getByTestId("topbar-search-input").press("Enter");
        page.waitForURL(url -> url.contains("/search?q="));
        assertThat(page.getByTestId("search-summary")).containsText("任务");
        int before = page.getByTestId("kind-TASK").getByTestId("search-hit").count();
        assertThat(before).isEqualTo(5);
        Browser.screenshot(page, "search-3-office-common-word");
        page.getByTestId("kind-TASK").getByTestId("kind-more").click();
        assertThat(page.getByTestId("kind-TASK").locator(".card-footer")).containsText("第 1 页");
        assertThat(page.getByTestId("kind-TASK").getByTestId("search-hit").count()).isGreaterThan(before);
        assertThat(page.getByTestId("kind-REPORT")).isVisible();
        page.context().close();

        Page phone = browser.loginAs("duchashi", Api.DEMO_PASSWORD, true);
        phone.click(".navbar-toggler");
        phone.getByTestId("topbar-search-input").fill("改造");
        Browser.screenshot(phone, "search-4-phone-menu");
        phone.getByTestId("topbar-search-input").press("Enter");
        phone.waitForURL(url -> url.contains("/search?q="));
        assertThat(phone.getByTestId("search-hit").first()).isVisible();
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at 390 px").isTrue();
        Browser.screenshot(phone, "search-5-phone-results");
        phone.context().close();
    }
}
