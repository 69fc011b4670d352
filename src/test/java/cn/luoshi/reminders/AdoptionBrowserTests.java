package cn.luoshi.reminders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12 in a real browser: a 批示 reaches the unit's bell and 待办 on a 390 px phone without any pass (the bell and
 * its count outside the collapsed menu); the 督查室 sees its 待审核 counted in the menu; the print view of a filtered
 * 台账 has every row, a title and no menus. Screenshots in target/screenshots/adoption-*.png.
 */
@LuoshiIntegrationTest
class AdoptionBrowserTests extends cn.luoshi.browser.BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");


    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Page signIn(String user, boolean phone) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(phone ? 390 : 1366, phone ? 844 : 900)).newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", Api.DEMO_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("adoption-" + name + ".png"))
                .setFullPage(true));
    }

    @Test
    void anInstructionReachesTheUnitsBellAndTodoOnAPhoneWithoutAPass() throws Exception {
        String title = "浏览器到达通知：批示" + (System.nanoTime() % 10_000);
        long task = Tasks.create(port, title, "住建");
        Api.Response i = Api.as(port, "lingdao").post("/api/tasks/" + task + "/instructions",
                Map.of("text", "请本周内拿出推进方案"));
        assertThat(i.status()).as(i.raw()).isEqualTo(201);

        Page phone = signIn("zhujian", true);
        // The bell and its count are visible with the menu collapsed.
        assertThat(phone.locator("button.navbar-toggler")).isVisible();
        assertThat(phone.locator("#mainNav")).not().isVisible();
        assertThat(phone.getByTestId("bell")).isVisible();
        assertThat(phone.getByTestId("bell-count")).isVisible();
        screenshot(phone, "phone-home");

        phone.getByTestId("bell").click();
        phone.waitForURL(url("/notifications"));
        assertThat(phone.getByTestId("notifications")).containsText("领导批示");
        assertThat(phone.getByTestId("notifications")).containsText("张卫东（副区长）对「" + title + "」作出批示");
        screenshot(phone, "phone-notifications");

        phone.navigate(url("/todo"));
        assertThat(phone.getByTestId("todo")).containsText(title);
        assertThat(phone.getByTestId("todo")).containsText("待回复");
        assertThat(phone.getByTestId("todo")).containsText("待签收");
        assertThat(phone.getByTestId("todo")).not().containsText("lingdao");
        screenshot(phone, "phone-todo");

        // The task list reads as cards: no table header, each task's title on its own line with labelled facts.
        phone.navigate(url("/tasks"));
        assertThat(phone.locator("[data-testid=task-table] thead")).not().isVisible();
        assertThat(phone.locator("[data-testid=task-table] td.cell-title").first()).isVisible();
        double width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        screenshot(phone, "phone-tasks");
        phone.context().close();
    }

    @Test
    void theOfficeSeesItsPendingRequestsCountedInTheMenuAndOnTheHomePage() throws Exception {
        LedgerFixture fx = new LedgerFixture(port);
        String title = "浏览器待审核计数" + (System.nanoTime() % 10_000);
        long task = Tasks.create(port, title, "住建");
        fx.accept(task, "zhujian");
        Api.Response r = Api.as(port, "zhujian").post("/api/tasks/" + task + "/extensions", Map.of(
                "proposedDeadline", cn.luoshi.support.TestClock.today().plusDays(200).toString(),
                "reason", "征迁未完成", "currentProgress", "方案已批复"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        int pending = Api.as(port, "duchashi").get("/api/todo").body().get("counts").get("待审核").asInt();
        assertThat(pending).isPositive();

        Page office = signIn("duchashi", false);
        assertThat(office.locator("#nav-pending-count")).hasText(String.valueOf(pending));
        assertThat(office.getByTestId("home-todo")).containsText("待审核 " + pending);
        screenshot(office, "office-home");
        office.getByTestId("nav-todo").click();
        assertThat(office.getByTestId("todo")).containsText(title);
        assertThat(office.getByTestId("todo")).containsText("申请人赵刚（住建）");
        screenshot(office, "office-todo");
        office.context().close();
    }

    @Test
    void thePrintViewOfAFilteredLedgerHasEveryRowATitleAndNoMenus() throws Exception {
        LedgerFixture fx = new LedgerFixture(port);
        long unit = fx.unitId("住建");
        int total = Api.as(port, "duchashi").get("/api/tasks?unitId=" + unit + "&size=1").body().get("total").asInt();
        Page office = signIn("duchashi", false);
        office.navigate(url("/tasks?unitId=" + unit));
        Page print = office.waitForPopup(() -> office.getByTestId("print-link").click());
        print.waitForLoadState();
        assertThat(print.locator("h1")).hasText("督查督办任务台账");
        assertThat(print.getByTestId("print-filter")).containsText("单位：住建");
        assertThat(print.getByTestId("print-count")).hasText(String.valueOf(total));
        assertThat(print.locator("[data-testid=print-table] tbody tr")).hasCount(total);
        assertThat(print.locator("nav.navbar")).hasCount(0);
        print.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(print.locator(".toolbar")).not().isVisible();
        screenshot(print, "print-ledger");
        byte[] pdf = print.pdf(new Page.PdfOptions().setLandscape(true).setFormat("A4"));
        assertThat(pdf.length).isPositive();
        Files.write(SCREENSHOTS.resolve("adoption-print-ledger.pdf"), pdf);
        office.context().close();
    }
}
