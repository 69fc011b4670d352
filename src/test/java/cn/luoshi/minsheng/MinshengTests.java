package cn.luoshi.minsheng;

import cn.luoshi.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * 民生实事发布 end to end: the 督查室 curates and publishes; the public page and feed show the latest publication only,
 * frozen, with no personal data; everyone else may read the public page but not manage or publish.
 */
@LuoshiIntegrationTest
class MinshengTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    LedgerFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** A 民生实事 task led by {@code unit} with target 10 个, accepted by {@code unitUser}. */
    long minshengTask(String title, String unit, String unitUser) {
        long d = fixture.directive("民生来源-" + title);
        Map<String, Object> body = fixture.taskBody(title, unit);
        body.put("tags", List.of(MinshengService.TAG));
        Api.Response r = fixture.supervisor().post("/api/directives/" + d + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        fixture.accept(r.id(), unitUser);
        return r.id();
    }

    void report(long taskId, String unitUser, int cumulative) {
        Api.Response r = Api.as(port, unitUser).post("/api/tasks/" + taskId + "/reports", Map.of(
                "reportedOn", TestClock.today().toString(), "cumulative", cumulative,
                "narrative", "内部进展叙述" + cumulative, "difficulties", "内部困难：资金缺口"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, String username) {
        return b.with(user(users.loadUserByUsername(username)));
    }

    int latestNumber() {
        return jdbc.sql("select coalesce(max(number), 0) from minsheng_publication").query(Integer.class).single();
    }

    int itemVersion(long taskId) {
        return jdbc.sql("select coalesce((select version from minsheng_item where task_id = ?), 0)").param(taskId)
                .query(Integer.class).single();
    }

    /** Saves the public face through the 督查室's form; returns the response status. */
    MvcResult saveItem(long taskId, String username, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder b = as(post("/minsheng/items/" + taskId), username).with(csrf());
        for (var e : fields.entrySet()) {
            b = b.param(e.getKey(), e.getValue());
        }
        if (!fields.containsKey("version")) {
            b = b.param("version", String.valueOf(itemVersion(taskId)));
        }
        if (!fields.containsKey("included")) {
            b = b.param("included", "true");
        }
        return mvc.perform(b.param("_included", "on")).andReturn();
    }

    void publish() throws Exception {
        int before = latestNumber();
        MvcResult r = mvc.perform(as(post("/minsheng/publish"), "duchashi").with(csrf())
                .param("expected", String.valueOf(before))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getFlashMap().get("flashError")).isNull();
        assertThat(latestNumber()).isEqualTo(before + 1);
    }

    JsonNode feed() {
        Api.Response r = Api.anonymous(port).get("/public/minsheng.json");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    static JsonNode item(JsonNode feed, long taskId) {
        for (JsonNode i : feed.get("items")) {
            if (i.get("id").asLong() == taskId) {
                return i;
            }
        }
        return null;
    }

    HttpResponse<String> raw(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String publicPage(String query) throws Exception {
        HttpResponse<String> r = raw("/public/minsheng" + query);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    // ---- publish → frozen -----------------------------------------------------------------------------------------

    @Test
    void laterLedgerEditsStayOffThePublicPageUntilTheNextPublish() throws Exception {
        long id = minshengTask("冻结测试：改造10个口袋公园", "住建", "zhujian");
        report(id, "zhujian", 2);
        assertThat(saveItem(id, "duchashi", Map.of("publicNote", "冻结测试说明：口袋公园向居民开放。",
                "plannedInvestment", "500", "completedInvestment", "100")).getResponse().getStatus()).isEqualTo(302);
        publish();
        int published = latestNumber();
        JsonNode first = item(feed(), id);
        assertThat(first).as("the published item").isNotNull();
        assertThat(first.get("progressPercent").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(first.get("note").asString()).isEqualTo("冻结测试说明：口袋公园向居民开放。");

        // The ledger moves on and the public face is edited, but nobody publishes.
        report(id, "zhujian", 6);
        assertThat(saveItem(id, "duchashi", Map.of("publicNote", "冻结测试说明（已更新）",
                "plannedInvestment", "500", "completedInvestment", "300")).getResponse().getStatus()).isEqualTo(302);
        JsonNode still = item(feed(), id);
        assertThat(still.get("progressPercent").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(still.get("note").asString()).isEqualTo("冻结测试说明：口袋公园向居民开放。");
        assertThat(still.get("completedInvestment").decimalValue()).isEqualByComparingTo("100");
        assertThat(feed().get("version").asInt()).isEqualTo(published);
        String page = publicPage("");
        assertThat(page).contains("冻结测试说明：口袋公园向居民开放。").doesNotContain("冻结测试说明（已更新）");
        assertThat(rowOf(page, id)).contains("20.0%").doesNotContain("60.0%");

        // The preview already shows the change; publishing makes it public.
        String preview = mvc.perform(as(get("/minsheng/preview"), "duchashi")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(rowOf(preview, id)).contains("60.0%").contains("冻结测试说明（已更新）");
        publish();
        JsonNode second = item(feed(), id);
        assertThat(second.get("progressPercent").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(second.get("note").asString()).isEqualTo("冻结测试说明（已更新）");
        assertThat(feed().get("version").asInt()).isEqualTo(published + 1);
        assertThat(rowOf(publicPage(""), id)).contains("60.0%").contains("冻结测试说明（已更新）");

        // The earlier publication is kept as it was, for the 督查室.
        String archived = mvc.perform(as(get("/minsheng/publications/" + published), "duchashi")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rowOf(archived, id)).contains("20.0%").contains("冻结测试说明：口袋公园向居民开放。");
    }

    @Test
    void aDeletedTaskStaysInThePublicationItWasPublishedIn() throws Exception {
        long id = minshengTask("冻结测试：删除后仍在已发布内容中", "住建", "zhujian");
        publish();
        int version = fixture.supervisor().get("/api/tasks/" + id).version();
        assertThat(fixture.supervisor().delete("/api/tasks/" + id + "?version=" + version).status()).isEqualTo(204);
        assertThat(item(feed(), id)).as("still in the published feed").isNotNull();
        publish();
        assertThat(item(feed(), id)).as("gone after the next publish").isNull();
    }

    @Test
    void anItemLeftOutIsNotPublishedAndTheRatesCountOnlyPublishedItems() throws Exception {
        long id = minshengTask("不公开测试：内部统筹事项", "住建", "zhujian");
        assertThat(saveItem(id, "duchashi", Map.of("included", "false")).getResponse().getStatus()).isEqualTo(302);
        publish();
        JsonNode feed = feed();
        assertThat(item(feed, id)).isNull();
        JsonNode s = feed.get("summary");
        int n = feed.get("items").size();
        assertThat(s.get("items").asInt()).isEqualTo(n);
        int completed = 0;
        int started = 0;
        for (JsonNode i : feed.get("items")) {
            completed += i.get("status").asString().equals("COMPLETED") ? 1 : 0;
            started += i.get("status").asString().equals("NOT_STARTED") ? 0 : 1;
        }
        assertThat(s.get("completed").asInt()).isEqualTo(completed);
        assertThat(s.get("started").asInt()).isEqualTo(started);
        assertThat(s.get("startRate").decimalValue()).isEqualByComparingTo(MinshengRates.rate(started, n));
    }

    // ---- no personal data -----------------------------------------------------------------------------------------

    @Test
    void noNamePhoneOrInternalTextOfAnyoneAppearsOnThePublicPageOrFeed() throws Exception {
        long id = minshengTask("隐私测试：新建3处社区食堂", "住建", "zhujian"); // 责任人 赵刚, 0379-6000101
        report(id, "zhujian", 1);
        publish();
        String page = publicPage("");
        String json = raw("/public/minsheng.json").body();
        assertThat(page).contains("隐私测试：新建3处社区食堂");
        assertThat(json).contains("隐私测试：新建3处社区食堂");
        Set<String> forbidden = new TreeSet<>();
        for (JsonNode p : fixture.supervisor().get("/api/people").body()) {
            forbidden.add(p.get("name").asString());
            if (p.hasNonNull("phone")) {
                forbidden.add(p.get("phone").asString());
            }
        }
        assertThat(forbidden).contains("赵刚", "0379-6000101", "张卫东", "孙丽");
        // Internal texts: report narratives and difficulties, light reasons, who published.
        forbidden.addAll(List.of("内部进展叙述", "内部困难", "部分小区居民意见不统一", "序时进度", "未按时报送", "duchashi"));
        List<String> leaks = new ArrayList<>();
        for (String f : forbidden) {
            if (page.contains(f) || json.contains(f)) {
                leaks.add(f);
            }
        }
        assertThat(leaks).as("personal or internal data on the public page or feed").isEmpty();
    }

    @Test
    void aPublicTextWithANameOrPhoneIsRefused() throws Exception {
        long id = minshengTask("隐私测试：公开说明含电话", "住建", "zhujian");
        MvcResult r = saveItem(id, "duchashi", Map.of("publicNote", "详询赵刚 0379-6000101"));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("不能包含个人姓名或电话").contains("is-invalid");
        assertThat(itemVersion(id)).isZero();
    }

    // ---- the feed -------------------------------------------------------------------------------------------------

    /** Issue 12: a late completion says so (completed on X, promised Y); an extended item shows its first promise. */
    @Test
    void aLateCompletionAndAnExtensionAreShownWithTheirDates() throws Exception {
        long late = minshengTask("逾期完成测试：新建口袋公园", "住建", "zhujian");
        long extended = minshengTask("延期测试：改造农贸市场", "住建", "zhujian");
        var today = TestClock.today();
        // The ledger's own flows set these (办结 approved on a request after the deadline; an approved extension).
        jdbc.sql("update task set deadline = ?, status = 'COMPLETED', completed_on = ?, progress_percent = 100 "
                + "where id = ?").param(today.minusDays(20)).param(today.minusDays(3)).param(late).update();
        jdbc.sql("update task set original_deadline = ?, deadline = ? where id = ?").param(today.minusDays(10))
                .param(today.plusDays(60)).param(extended).update();
        publish();

        JsonNode l = item(feed(), late);
        assertThat(l.get("completedLate").asBoolean()).isTrue();
        assertThat(l.get("completedOn").asString()).isEqualTo(today.minusDays(3).toString());
        assertThat(l.get("deadline").asString()).isEqualTo(today.minusDays(20).toString());
        assertThat(l.get("timeline").asString()).contains("逾期完成");
        JsonNode e = item(feed(), extended);
        assertThat(e.get("originalDeadline").asString()).isEqualTo(today.minusDays(10).toString());
        assertThat(e.get("deadline").asString()).isEqualTo(today.plusDays(60).toString());
        assertThat(e.get("completedLate").asBoolean()).isFalse();

        String page = publicPage("");
        assertThat(page).contains(today.minusDays(3) + " 完成，逾期完成")
                .contains("原承诺 " + today.minusDays(10));
        // Frozen: a later change to the ledger does not move the published dates.
        jdbc.sql("update task set original_deadline = null where id = ?").param(extended).update();
        assertThat(item(feed(), extended).get("originalDeadline").asString())
                .isEqualTo(today.minusDays(10).toString());
    }

    @Test
    void theFeedHasStableFieldsIsoDatesAndCachingHeaders() throws Exception {
        minshengTask("接口测试：新增200个停车位", "住建", "zhujian");
        publish();
        HttpResponse<String> r = raw("/public/minsheng.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60").contains("public");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"minsheng-" + latestNumber() + "\"");
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();

        JsonNode feed = Api.anonymous(port).get("/public/minsheng.json").body();
        assertThat(names(feed)).containsExactly("format", "published", "version", "publishedAt", "asOf", "summary",
                "items", "page");
        assertThat(feed.get("format").asString()).isEqualTo("luoshi-minsheng/1");
        assertThat(feed.get("published").asBoolean()).isTrue();
        assertThat(feed.get("version").asInt()).isEqualTo(latestNumber());
        assertThat(feed.get("publishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(feed.get("asOf").asString()).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(names(feed.get("summary"))).containsExactly("items", "completed", "started", "completionRate",
                "startRate", "averageProgress", "investment");
        assertThat(names(feed.get("summary").get("investment"))).containsExactly("unit", "items", "planned",
                "completed", "rate");
        assertThat(feed.get("items").size()).isPositive();
        for (JsonNode i : feed.get("items")) {
            assertThat(names(i)).containsExactly("seq", "id", "title", "target", "leadUnit", "coUnits", "deadline",
                    "originalDeadline", "completedOn", "completedLate", "timeline",
                    "progressPercent", "status", "statusLabel", "light", "lightLabel", "lastUpdate", "note",
                    "plannedInvestment", "completedInvestment", "investmentNote");
            assertThat(i.get("status").asString()).isIn("NOT_STARTED", "IN_PROGRESS", "COMPLETED");
            assertThat(i.get("light").asString()).isIn("GREEN", "YELLOW", "RED", "BLUE", "GREY", "NONE");
            if (!i.get("deadline").isNull()) {
                assertThat(i.get("deadline").asString()).matches("\\d{4}-\\d\\d-\\d\\d");
            }
            assertThat(i.get("coUnits").isArray()).isTrue();
        }

        // A poller that has the current version gets 304; after the next publish it gets the new one.
        assertThat(raw("/public/minsheng.json", "If-None-Match", etag).statusCode()).isEqualTo(304);
        publish();
        HttpResponse<String> again = raw("/public/minsheng.json", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void thePublicPageSetsNoCookieAndIsRevalidatedByEtag() throws Exception {
        HttpResponse<String> r = raw("/public/minsheng");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(raw("/public/minsheng", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(r.body()).contains("民生实事进展情况").contains("/public/minsheng.json").contains("@media print");
    }

    @Test
    void filtersWorkOnTheServerByUnitStatusAndLight() throws Exception {
        long zhujian = minshengTask("筛选测试：住建项目", "住建", "zhujian");
        long fagai = minshengTask("筛选测试：发改项目", "发改", "fagai");
        report(fagai, "fagai", 5);
        publish();
        String byUnit = publicPage("?unit=" + fixture.unitId("发改"));
        assertThat(byUnit).contains("筛选测试：发改项目").doesNotContain("筛选测试：住建项目").contains("筛选出");
        String notStarted = publicPage("?status=NOT_STARTED");
        assertThat(notStarted).contains("筛选测试：住建项目").doesNotContain("筛选测试：发改项目");
        String light = item(feed(), fagai).get("light").asString();
        assertThat(publicPage("?light=" + light)).contains("筛选测试：发改项目");
        assertThat(publicPage("?unit=abc&status=nonsense")).contains("筛选测试：住建项目").contains("筛选测试：发改项目");
        assertThat(zhujian).isNotEqualTo(fagai);
    }

    @Test
    @Transactional
    void beforeAnyPublishThePageAndTheFeedSaySo() throws Exception {
        // Rolled back after the test: the request runs on this thread, inside this transaction.
        jdbc.sql("delete from minsheng_publication_item").update();
        jdbc.sql("delete from minsheng_publication").update();
        String page = mvc.perform(get("/public/minsheng")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("民生实事进展尚未发布").doesNotContain("data-testid=\"items\"");
        String json = mvc.perform(get("/public/minsheng.json")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"published\":false").contains("\"items\":[]");
    }

    // ---- permissions ----------------------------------------------------------------------------------------------

    @Test
    void onlyTheSupervisionOfficeManagesAndPublishes() throws Exception {
        int before = latestNumber();
        for (String u : List.of("zhujian", "lingdao", "tongji", "fagai")) {
            assertThat(mvc.perform(as(get("/minsheng"), u)).andReturn().getResponse().getStatus()).as(u).isEqualTo(403);
            assertThat(mvc.perform(as(get("/minsheng/preview"), u)).andReturn().getResponse().getStatus()).as(u)
                    .isEqualTo(403);
            assertThat(mvc.perform(as(post("/minsheng/publish"), u).with(csrf()).param("expected",
                    String.valueOf(before))).andReturn().getResponse().getStatus()).as(u).isEqualTo(403);
        }
        assertThat(latestNumber()).isEqualTo(before);
        assertThat(mvc.perform(as(get("/minsheng"), "duchashi")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(as(get("/minsheng"), "admin")).andReturn().getResponse().getStatus()).isEqualTo(200);

        // Anonymous: the public page and feed, not the management page.
        assertThat(raw("/public/minsheng").statusCode()).isEqualTo(200);
        assertThat(raw("/public/minsheng.json").statusCode()).isEqualTo(200);
        MvcResult anon = mvc.perform(get("/minsheng").accept("text/html")).andReturn();
        assertThat(anon.getResponse().getStatus()).isEqualTo(302);
        assertThat(anon.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(post("/minsheng/publish").with(csrf())).andReturn().getResponse().getStatus())
                .isIn(302, 401);
        assertThat(latestNumber()).isEqualTo(before);
    }

    @Test
    void aUnitUserGets403OnItsOwnItemAnd404OnAnotherUnitsOrAnUntaggedTask() throws Exception {
        long id = minshengTask("权限测试：住建民生项目", "住建", "zhujian");
        assertThat(mvc.perform(as(get("/minsheng/items/" + id + "/edit"), "zhujian")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(saveItem(id, "zhujian", Map.of("publicNote", "单位自己改")).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(as(get("/minsheng/items/" + id + "/edit"), "fagai")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(as(get("/minsheng/items/" + id + "/edit"), "lingdao")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(itemVersion(id)).isZero();
        long untagged = fixture.task("权限测试：未标注民生实事", "住建").id();
        assertThat(mvc.perform(as(get("/minsheng/items/" + untagged + "/edit"), "duchashi")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    // ---- validation and versions ----------------------------------------------------------------------------------

    @Test
    void badAmountsAreRefusedWithChineseMessagesNextToTheFieldsAndNothingIsSaved() throws Exception {
        long id = minshengTask("校验测试：改造20处公厕", "住建", "zhujian");
        MvcResult over = saveItem(id, "duchashi", Map.of("plannedInvestment", "100", "completedInvestment", "120"));
        assertThat(over.getResponse().getStatus()).isEqualTo(400);
        assertThat(over.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("超过计划投资（100万元），请在“投资说明”中说明原因").contains("is-invalid")
                .contains("value=\"120\"");
        MvcResult negative = saveItem(id, "duchashi", Map.of("plannedInvestment", "-5"));
        assertThat(negative.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("计划投资不能为负数");
        MvcResult notANumber = saveItem(id, "duchashi", Map.of("plannedInvestment", "一百万"));
        assertThat(notANumber.getResponse().getStatus()).isEqualTo(400);
        assertThat(notANumber.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("请输入数字");
        assertThat(itemVersion(id)).isZero();

        MvcResult explained = saveItem(id, "duchashi", Map.of("plannedInvestment", "100", "completedInvestment",
                "120", "investmentNote", "追加无障碍设施改造"));
        assertThat(explained.getResponse().getStatus()).isEqualTo(302);
        assertThat(itemVersion(id)).isEqualTo(1);
        JsonNode history = fixture.supervisor().get("/api/tasks/" + id + "/history").body();
        assertThat(history.toString()).contains("修改民生实事公开信息").contains("追加无障碍设施改造");
    }

    @Test
    void aStaleEditIs409AndKeepsTheOtherEdit() throws Exception {
        long id = minshengTask("并发测试：新建5个口袋公园", "住建", "zhujian");
        assertThat(saveItem(id, "duchashi", Map.of("publicNote", "先保存的说明", "version", "0")).getResponse()
                .getStatus()).isEqualTo(302);
        MvcResult stale = saveItem(id, "duchashi", Map.of("publicNote", "后保存的说明", "version", "0"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已被他人修改");
        assertThat(jdbc.sql("select public_note from minsheng_item where task_id = ?").param(id).query(String.class)
                .single()).isEqualTo("先保存的说明");
    }

    @Test
    void publishingOnAStaleViewIsRefusedAndPublishesNothing() throws Exception {
        int before = latestNumber();
        MvcResult r = mvc.perform(as(post("/minsheng/publish"), "duchashi").with(csrf())
                .param("expected", String.valueOf(before - 1))).andReturn();
        assertThat(r.getFlashMap().get("flashError").toString()).contains("已有新的发布");
        assertThat(latestNumber()).isEqualTo(before);
    }

    @Test
    void aPublicationIsAudited() throws Exception {
        publish();
        int n = latestNumber();
        String summary = jdbc.sql("select summary from audit_entry where entity_type = '民生实事发布'"
                + " order by id desc limit 1").query(String.class).single();
        assertThat(summary).startsWith("发布民生实事进展第" + n + "期");
    }

    // ---- helpers on HTML ------------------------------------------------------------------------------------------

    /** The table row of one item (data-task attribute) in a rendered page. */
    static String rowOf(String html, long taskId) {
        int start = html.indexOf("data-task=\"" + taskId + "\"");
        assertThat(start).as("row of task " + taskId).isNotNegative();
        int end = html.indexOf("</tr>", start);
        return html.substring(start, end);
    }

    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.propertyNames().forEach(out::add);
        return out;
    }
}
