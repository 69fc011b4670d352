package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The bell polls every minute (htmx {@code every 60s}); the browser's clock is Playwright's, so a test moves a minute
 * on at once. The server's idle time is measured on the application's clock ({@link TestClock}), moved here instead
 * of waiting; the session is Tomcat's, looked at (and in one test ended) here.
 *
 * <ul>
 *   <li>After the session has ended on the server the bell does not paste the login page into the navbar; the page
 *       says the sign-in has expired and offers to sign in again, and signing in leads to the home page, not to the
 *       bell's fragment.</li>
 *   <li>Polling does not keep an idle session alive: a poll leaves the session's expiry where it was (the request
 *       carries a header the server honours), so with a few seconds of session left, polls do not add any; any other
 *       request is activity and gives the session its full timeout back.</li>
 * </ul>
 */
@LuoshiIntegrationTest
class BellSessionBrowserTests extends BrowserTest {

    static final String BELL = "/notifications/bell";

    @Autowired
    WebServerApplicationContext server;

    /** Signed in, then the home page again with the browser's clock under the test's control. */
    Page signedInWithFakeClock(String user) {
        Page page = browser.loginAs(user, Api.DEMO_PASSWORD, false);
        page.clock().install();
        bellAnswer(page, () -> page.navigate(browser.url("/")));
        assertThat(page.getByTestId("bell")).containsText("消息");
        return page;
    }

    /** Runs {@code action} and returns the bell's answer it caused (the end of any redirect it was sent on). */
    static Response bellAnswer(Page page, Runnable action) {
        return page.waitForResponse(r -> r.url().endsWith(BELL) && r.status() < 300
                || r.request().redirectedFrom() != null && r.request().redirectedFrom().url().endsWith(BELL)
                || r.url().endsWith(BELL) && r.status() == 401, action);
    }

    /** One minute later in the browser: the bell polls. */
    static Response poll(Page page) {
        return bellAnswer(page, () -> page.clock().runFor(61_000));
    }

    Session session(Page page) {
        String id = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        return findSession(id);
    }

    Session findSession(String id) {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            return context.getManager().findSession(id);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anExpiredSessionLeavesTheNavbarAloneAndOffersToSignInAgain() {
        try (Page page = signedInWithFakeClock("duchashi")) {
            session(page).expire(); // what the idle timeout does on the server

            Response answer = poll(page);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(page.locator("nav input[type=password], nav #username")).hasCount(0);
            assertThat(page.locator("nav")).not().containsText("用户名");
            assertThat(page.getByTestId("session-expired")).isVisible();
            assertThat(page.getByTestId("session-expired")).containsText("登录已过期");
            Browser.screenshot(page, "bell-session-1-expired");

            // Polling stops: a minute later nothing is asked (nothing to create or save on the server either).
            List<String> asked = new CopyOnWriteArrayList<>();
            page.onRequest(r -> {
                if (r.url().endsWith(BELL)) {
                    asked.add(r.url());
                }
            });
            page.clock().runFor(61_000);
            page.waitForTimeout(300);
            assertThat(asked).isEmpty();

            page.getByTestId("session-expired").locator("a").click();
            page.waitForURL(browser.url("/login?expired"));
            assertThat(page.locator("main")).containsText("登录已过期，请重新登录");
            page.fill("#username", "duchashi");
            page.fill("#password", Api.DEMO_PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(browser.url("/"));
            assertThat(page.locator("nav")).containsText("总览");
        }
    }

    @Test
    void aSessionRemovedWithItsCookieIsTreatedTheSame() {
        try (Page page = signedInWithFakeClock("zhujian")) {
            page.context().clearCookies();
            assertThat(poll(page).status()).isEqualTo(401);
            assertThat(page.locator("nav input[type=password], nav #username")).hasCount(0);
            assertThat(page.getByTestId("session-expired")).isVisible();
            assertThat(page.context().cookies()).as("the poll made no new session").isEmpty();
        }
    }

    @Test
    void thePollsDoNotKeepAnIdleSessionAliveButAnyOtherRequestDoes() {
        try {
            try (Page page = signedInWithFakeClock("zhujian")) {
                List<String> pollHeaders = new CopyOnWriteArrayList<>();
                page.onRequest(r -> {
                    if (r.url().endsWith(BELL)) {
                        pollHeaders.add(String.valueOf(r.headers().get("x-luoshi-poll")));
                    }
                });
                Session s = session(page);
                String id = s.getId();
                int full = s.getMaxInactiveInterval();
                assertThat(full).isGreaterThan(600);

                // Idle for all but five minutes of the timeout (the application's clock): polls leave what is left.
                TestClock.advance(Duration.ofSeconds(full - 300));
                assertThat(poll(page).status()).isEqualTo(200);
                assertThat(s.getMaxInactiveInterval()).as("the container keeps only what is left")
                        .isBetween(295, 300);
                assertThat(pollHeaders).isNotEmpty().allMatch(h -> !h.equals("null"));
                TestClock.advance(Duration.ofMinutes(4));
                assertThat(poll(page).status()).isEqualTo(200);
                assertThat(s.getMaxInactiveInterval()).isBetween(55, 60);

                // The timeout comes although the bell kept asking.
                TestClock.advance(Duration.ofMinutes(2));
                assertThat(poll(page).status()).isEqualTo(401);
                assertThat(findSession(id)).as("the session ended").isNull();
                assertThat(page.getByTestId("session-expired")).isVisible();
            }

            // Any other request is activity: it gives the session its full timeout back.
            try (Page page = signedInWithFakeClock("zhujian")) {
                Session s = session(page);
                int full = s.getMaxInactiveInterval();
                TestClock.advance(Duration.ofSeconds(full - 300));
                assertThat(poll(page).status()).isEqualTo(200);
                assertThat(s.getMaxInactiveInterval()).isLessThanOrEqualTo(300);
                page.navigate(browser.url("/tasks"));
                // (the poll the page makes on load may already have taken a second off)
                assertThat(s.getMaxInactiveInterval()).isGreaterThan(full - 10);
                TestClock.advance(Duration.ofSeconds(full - 60));
                assertThat(poll(page).status()).as("full timeout again from the visit").isEqualTo(200);
                TestClock.advance(Duration.ofMinutes(2));
                page.navigate(browser.url("/tasks"));
                assertThat(page.url()).as("an idle session ends at its next page too").contains("/login");
            }
        } finally {
            TestClock.reset();
        }
    }
}
