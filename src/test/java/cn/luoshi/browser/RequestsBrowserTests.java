package cn.luoshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.Unit;
import cn.luoshi.requests.Channel;
import cn.luoshi.requests.Intake;
import cn.luoshi.requests.NewRequest;
import cn.luoshi.requests.RequestService;
import cn.luoshi.requests.Urgency;
import cn.luoshi.support.Api;
import com.microsoft.playwright.Browser.NewContextOptions;
import java.util.List;
import java.util.Map;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The grid worker's form without signal and back, and the heat map on the district's own map. */
@LuoshiIntegrationTest
class RequestsBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RequestService requests;

    @Autowired
    OrgDirectory org;

    int count(String description) {
        return jdbc.sql("select count(*) from request where description = ?").param(description).query(Integer.class).single();
    }

    @Test
    void aReportMadeWithoutSignalIsSentOnceByBackgroundSyncWhenTheSignalReturns() {
        Page page = browser.loginAs("dongcheng", Api.DEMO_PASSWORD, true);
        page.navigate(browser.url("/requests/grid"));
        page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
        page.reload(); // now under the service worker
        page.waitForSelector("#pickMap canvas");
        assertThat(page.evaluate("() => 'SyncManager' in window")).as("chromium supports Background Sync").isEqualTo(true);

        String description = offlineReport(page, "requests-grid");
        assertThat(page.evaluate("() => navigator.serviceWorker.ready.then(r => r.sync.getTags())").toString())
                .contains("luoshi-grid-queue");

        page.context().setOffline(false);
        // sent by the service worker's sync event (the page does not send when Background Sync is there)
        page.waitForSelector("[data-testid=sent] .alert-success[data-sent-by=sync]");
        assertThat(page.textContent("[data-testid=sent]")).contains("已送达：工单号 SQ");
        page.waitForSelector("[data-testid=queue-state]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
        Browser.screenshot(page, "requests-grid-sent");
        assertThat(count(description)).isEqualTo(1);
        assertThat(queued(page)).isZero();
        String street = jdbc.sql("select a.name from request r join request_area a on a.id = r.street_area_id where r.description = ?")
                .param(description).query(String.class).single();
        assertThat(street).endsWith("街道");
        // the same report queued again (a second tab, a lost answer): the server keeps it once
        String uuid = jdbc.sql("select client_uuid::text from request where description = ?").param(description)
                .query(String.class).single();
        page.evaluate("u => LuoshiGridQueue.add({clientUuid: u, category: 'street-vending', description: '" + description
                + "', urgency: 'NORMAL', lat: null, lon: null, address: '东华路口', photos: []})"
                + ".then(() => LuoshiGridQueue.flush())", uuid);
        assertThat(count(description)).isEqualTo(1);
        assertThat(queued(page)).isZero();
    }

    @Test
    void withoutBackgroundSyncThePageSendsTheQueueItself() {
        Page page = browser.loginAs("dongcheng", Api.DEMO_PASSWORD, true);
        page.addInitScript("delete window.SyncManager;");
        page.navigate(browser.url("/requests/grid"));
        page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForSelector("#pickMap canvas");
        String description = offlineReport(page, null);
        page.context().setOffline(false);
        page.waitForSelector("[data-testid=sent] .alert-success[data-sent-by=page]");
        assertThat(count(description)).isEqualTo(1);
        assertThat(queued(page)).isZero();
    }

    /** Goes offline, reopens the form from the phone's cache and queues one report; returns its description. */
    String offlineReport(Page page, String screenshots) {
        page.context().setOffline(true);
        page.reload(); // the form opens without signal, from the phone's cache
        page.waitForSelector("#gridForm");
        assertThat(page.textContent("[data-testid=net-state]")).isEqualTo("无信号");

        String description = "离线上报测试" + UUID.randomUUID();
        page.selectOption("#category", "street-vending");
        page.fill("#description", description);
        page.waitForSelector("#pickMap canvas");
        page.locator("#pickMap").click(); // pick the middle of the district on the map
        page.fill("#address", "东华路口");
        assertThat(page.textContent("[data-testid=coords]")).contains("地图选点");
        if (screenshots != null) {
            Browser.screenshot(page, screenshots + "-form");
        }
        page.click("[data-testid=submit]");
        page.waitForFunction("() => document.querySelector('[data-testid=queue-state]').textContent.includes('1 条待发送')");
        assertThat(page.textContent("[data-testid=queue-state]")).contains("1 条待发送").contains("来信号后自动发送");
        if (screenshots != null) {
            Browser.screenshot(page, screenshots + "-offline");
        }
        assertThat(queued(page)).isEqualTo(1);
        assertThat(count(description)).isZero();
        return description;
    }

    int queued(Page page) {
        return ((Number) page.evaluate("() => LuoshiGridQueue.all().then(q => q.length)")).intValue();
    }

    @Test
    void aCitizenRatesTheReplyOnThePublicPageFromAPhone() {
        long dc = org.findUnitByName("东城街道").map(Unit::id).orElseThrow();
        CurrentUser centre = new CurrentUser(0, "duchashi", "孙丽", Role.SUPERVISOR,
                org.findUnitByName("督查室").map(Unit::id).orElseThrow(), "督查室");
        CurrentUser street = new CurrentUser(0, "u-dc", "经办人", Role.UNIT_STAFF, dc, "东城街道");
        Intake in = requests.intake(new NewRequest(null, null, Channel.WEB, "street-vending", "公开页面评价测试" + UUID.randomUUID(),
                Urgency.NORMAL, 39.9100, 116.4100, "东华路口", "王小明", "13655556666", null, Map.of(), List.of(), "测试", null), "测试");
        requests.dispatch(in.id(), dc, List.of(), null, centre);
        long lead = requests.detail(in.id(), centre).currentLead().id();
        requests.sign(lead, street);
        requests.finish(lead, true, "已清理", street);
        requests.reply(in.id(), "已清理东华路口占道摊点，并安排每日巡查。", requests.detail(in.id(), centre).version(), street);

        Page page = browser.newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)).newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(browser.url("/public/requests?number=" + in.number()));
        page.waitForSelector("[data-testid=rate-card]");
        assertThat(page.textContent("[data-testid=public-status]")).contains("已答复").doesNotContain("王小明");
        Browser.screenshot(page, "requests-public-rate");

        page.fill("[data-testid=proof]", "13600000000");
        page.click("label[for=r1]");
        page.click("label[for=s1]");
        page.click("[data-testid=rate-submit]");
        assertThat(page.textContent("[data-testid=rate-error]")).contains("工单号与手机号（或token）不符");
        assertThat(page.isChecked("#r1")).as("the choice is kept").isTrue();
        Browser.screenshot(page, "requests-public-rate-error");

        page.fill("[data-testid=proof]", "136 5555 6666");
        page.fill("#comment", "处理很快");
        page.click("[data-testid=rate-submit]");
        assertThat(page.textContent("[data-testid=rated]")).contains("已收到您的评价（满意）");
        assertThat(page.isVisible("[data-testid=rate-card]")).isFalse();
        assertThat(page.textContent("[data-testid=public-status]")).contains("评价：满意");
        Browser.screenshot(page, "requests-public-rated");
        assertThat(jdbc.sql("select status from request where id = ?").param(in.id()).query(String.class).single())
                .isEqualTo("CLOSED");
        page.context().close();
    }

    @Test
    void theCentreOpensTheLimitSettingsAndSeesTheValidation() {
        Page page = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        page.navigate(browser.url("/requests"));
        page.click("[data-testid=limits-link]");
        page.waitForSelector("[data-testid=preset-table]");
        assertThat(page.textContent("[data-testid=applies-note]")).contains("此后的派单");
        assertThat(page.textContent("[data-testid=preset-table]")).contains("2 工作小时").contains("5 工作日");
        Browser.screenshot(page, "requests-limits");
        page.click("[data-testid=copy-URGENT]");
        page.waitForSelector("[data-testid=limit-form]");
        page.fill("#amount_REPLY", "0");
        page.fill("#source", "");
        page.click("[data-testid=save-limits]");
        assertThat(page.textContent("[data-testid=form-errors]")).contains("答复时限须大于0").contains("依据");
        Browser.screenshot(page, "requests-limit-form-errors");
        assertThat(jdbc.sql("select count(*) from request_clock_limit where category_id is null and urgency = 'URGENT'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theHeatMapIsDrawnOnTheDistrictMap() {
        Page page = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        page.navigate(browser.url("/requests/analysis"));
        page.waitForSelector("#heatMap[data-ready=true] canvas");
        assertThat(page.textContent("[data-testid=top]")).contains("每月一题");
        assertThat(page.locator("[data-testid=by-category] tbody tr").count()).isGreaterThan(3);
        Browser.screenshot(page, "requests-heat-map");
        page.navigate(browser.url("/requests/rates"));
        assertThat(page.textContent("[data-testid=rule]")).contains("响应率×30%");
        Browser.screenshot(page, "requests-rates");
        page.navigate(browser.url("/requests?open=true"));
        assertThat(page.locator("[data-testid=request-list] tbody tr").count()).isGreaterThan(0);
        Browser.screenshot(page, "requests-list");
        long escalated = jdbc.sql("select min(id) from request where escalated_task_id is not null").query(Long.class).single();
        page.navigate(browser.url("/requests/" + escalated));
        assertThat(page.textContent("[data-testid=escalated]")).contains("已转为问题工单提级督办");
        Browser.screenshot(page, "requests-detail");
    }

    @Test
    void aUnitSeesItsOpenRequestsCountedByLightAndFiltersByOne() {
        // what the clock pass stored for the street's open requests (本单位在办: led, its street's, dispatched to it)
        long unit = jdbc.sql("select id from unit where short_name = '东城街道'").query(Long.class).single();
        int green = jdbc.sql("""
                select count(*) from request r where r.status not in ('CLOSED', 'MERGED') and r.light = 'GREEN'
                  and (r.lead_unit_id = :u or r.street_unit_id = :u or exists (select 1 from request_dispatch d
                       where d.request_id = r.id and d.unit_id = :u and d.status in ('OPEN', 'SIGNED')))""")
                .param("u", unit).query(Integer.class).single();
        Page page = browser.loginAs("dongcheng", Api.DEMO_PASSWORD, false);
        page.navigate(browser.url("/requests?open=true"));
        var counts = page.locator("[data-testid=unit-light-counts]");
        assertThat(counts.textContent()).contains("本单位在办").contains("红灯").contains("黄灯")
                .contains("绿灯 " + green);
        Browser.screenshot(page, "requests-unit-open-list");
        counts.locator("a", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("绿灯")).click();
        page.waitForURL("**light=GREEN**");
        assertThat(page.locator("[data-testid=request-list] tbody tr").count()).isEqualTo(Math.max(green, 1));
        assertThat(page.locator("text=清除灯色筛选").isVisible()).isTrue();
        Browser.screenshot(page, "requests-unit-green");
    }
}
