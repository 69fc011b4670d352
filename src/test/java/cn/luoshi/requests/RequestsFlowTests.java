package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.Unit;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 接诉即办 end to end: intake, dispatch → 吹哨 → 报到 → 办结 → 答复 → 评价 → 重办, escalation, bad input, Open311, grid API. */
@LuoshiIntegrationTest
class RequestsFlowTests {

    static final String KEY = "3f9c2a7e-test-key";

    @Autowired
    RequestService requests;

    @Autowired
    RatesService rates;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    cn.luoshi.ledger.TaskFindings findings;

    @Autowired
    HotlineImport imports;

    @Autowired
    UserDetailsService users;

    CurrentUser centre;
    CurrentUser dongcheng;
    CurrentUser chengguan;
    CurrentUser zhujian;

    @BeforeEach
    void setUp() {
        // Monday 7 Dec 2026, 09:00 — inside office hours
        TestClock.set(LocalDateTime.of(2026, 12, 7, 9, 0).atZone(TestClock.CHINA).toInstant());
        centre = new CurrentUser(0, "duchashi", "孙丽", Role.SUPERVISOR, unit("督查室"), "督查室");
        dongcheng = staff("东城街道");
        chengguan = staff("城管");
        zhujian = staff("住建");
    }

    @AfterEach
    void tearDown() {
        TestClock.reset();
    }

    long unit(String name) {
        return org.findUnitByName(name).map(Unit::id).orElseThrow();
    }

    CurrentUser staff(String unitName) {
        return new CurrentUser(0, "u-" + unitName, "经办人" + unitName, Role.UNIT_STAFF, unit(unitName), unitName);
    }

    Intake report(String category, double lat, double lon, String phone) {
        return requests.intake(new NewRequest(null, null, Channel.WEB, category, "测试诉求" + UUID.randomUUID(), Urgency.NORMAL,
                lat, lon, "测试地址", "张三丰", phone, null, Map.of(), List.of(), "测试", null), "测试");
    }

    @Test
    void dispatchWhistleReportReplyRateReopen() {
        Intake in = report("street-vending", 39.9100, 116.4100, "13811112222");
        var d = requests.detail(in.id(), centre);
        assertThat(d.status()).isEqualTo(RequestStatus.NEW);
        assertThat(d.streetName()).isEqualTo("东城街道");
        assertThat(d.reporterName()).isEqualTo("张*丰");
        assertThat(d.reporterPhone()).isEqualTo("138****2222");

        requests.dispatch(in.id(), unit("东城街道"), List.of(), "属地处置", centre);
        long leadDispatch = requests.detail(in.id(), centre).currentLead().id();
        // a reply before 签收 is refused
        assertThatThrownBy(() -> requests.reply(in.id(), "已处理", requests.detail(in.id(), centre).version(), dongcheng))
                .isInstanceOf(ConflictException.class).hasMessageContaining("尚未签收");
        requests.sign(leadDispatch, dongcheng);
        assertThat(requests.detail(in.id(), centre).status()).isEqualTo(RequestStatus.IN_PROGRESS);

        // 吹哨: 城管 leads, 住建 assists, 4 working hours to 报到
        requests.whistle(in.id(), unit("城管"), List.of(unit("城管"), unit("住建")), 240, "占道经营需执法", dongcheng);
        var whistled = requests.detail(in.id(), centre).dispatches().stream().filter(x -> x.whistleId() != null).toList();
        assertThat(whistled).extracting(RequestViews.DispatchView::unitName).containsExactly("城管", "住建");
        long cg = whistled.get(0).id();
        long zj = whistled.get(1).id();
        TestClock.advance(Duration.ofHours(1));
        requests.sign(cg, chengguan); // 报到 in time
        // 09:00 + 4 working hours = 14:30 (lunch 12:00–13:30); at 15:00 住建 has not reported: red
        TestClock.set(LocalDateTime.of(2026, 12, 7, 15, 0).atZone(TestClock.CHINA).toInstant());
        var after = requests.detail(in.id(), centre).dispatches();
        var cgClock = after.stream().filter(x -> x.id() == cg).findFirst().orElseThrow().clocks().get(0);
        var zjClock = after.stream().filter(x -> x.id() == zj).findFirst().orElseThrow().clocks().get(0);
        assertThat(cgClock.light()).isEqualTo(ClockLight.DONE);
        assertThat(zjClock.light()).isEqualTo(ClockLight.RED);
        // (the test clock ticks: the whistle was blown a few seconds after 09:00)
        assertThat(LocalDateTime.ofInstant(zjClock.due(), TestClock.CHINA)).isBetween("2026-12-07T14:30", "2026-12-07T14:40");

        // rating before the reply is refused; reply only after 办结
        assertThatThrownBy(() -> requests.rate(in.id(), Rating.SATISFIED, true, true, null, centre))
                .isInstanceOf(ConflictException.class).hasMessageContaining("尚未办结");
        assertThatThrownBy(() -> requests.reply(in.id(), "答复", requests.detail(in.id(), centre).version(), dongcheng))
                .hasMessageContaining("尚未办结");
        requests.finish(leadDispatch, true, "联合执法清理摊点", dongcheng);
        requests.reply(in.id(), "已联合城管清理", requests.detail(in.id(), centre).version(), dongcheng);
        requests.rate(in.id(), Rating.UNSATISFIED, false, true, "晚上又来了", centre);
        requests.reopen(in.id(), "群众不满意", centre);
        var reopened = requests.detail(in.id(), centre);
        assertThat(reopened.status()).isEqualTo(RequestStatus.DISPATCHED);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.currentLead().round()).isEqualTo(1);
        assertThat(reopened.currentLead().unitName()).isEqualTo("东城街道");
        assertThat(reopened.escalatedTaskId()).isNull();
        assertThat(reopened.events()).extracting(RequestViews.Event::kind)
                .contains("受理", "派单", "签收", "吹哨", "报到", "办结", "答复", "回访评价", "重办");
        // the public page shows the steps without personal data
        var pub = requests.publicStatus(in.number()).orElseThrow();
        assertThat(pub.steps()).isNotEmpty();
        assertThat(pub.steps().toString()).doesNotContain("张三丰").doesNotContain("13811112222");
    }

    @Test
    void threeReopensMakeAProblemTicketALedgerTask() {
        Intake in = report("water-heating", 39.9000, 116.4000, null);
        requests.dispatch(in.id(), unit("住建"), List.of(), null, centre);
        for (int round = 0; round < 3; round++) {
            long lead = requests.detail(in.id(), centre).currentLead().id();
            requests.sign(lead, zhujian);
            requests.finish(lead, false, "排查中", zhujian);
            requests.reply(in.id(), "正在排查", requests.detail(in.id(), centre).version(), zhujian);
            requests.rate(in.id(), Rating.UNSATISFIED, false, true, null, centre);
            requests.reopen(in.id(), "仍不热", centre);
            assertThat(requests.detail(in.id(), centre).escalatedTaskId() != null).isEqualTo(round == 2);
        }
        long task = requests.detail(in.id(), centre).escalatedTaskId();
        String title = jdbc.sql("select title from task where id = ?").param(task).query(String.class).single();
        assertThat(title).contains(in.number()).contains("重办3次");
        String description = jdbc.sql("select description from task where id = ?").param(task).query(String.class).single();
        assertThat(description).contains("重办").contains("/requests/" + in.id());
        // the task carries a red finding (外部预警) linking back to the request while it is open
        assertThat(findings.on(task)).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("requests");
            assertThat(f.level()).isEqualTo(cn.luoshi.ledger.FindingLevel.RED);
            assertThat(f.link()).isEqualTo("/requests/" + in.id());
        });
    }

    @Test
    void threeUnitsReturningWithoutAcceptanceEscalates() {
        Intake in = report("school-area", 39.9200, 116.3700, null);
        String[] units = {"教体", "城管", "住建"};
        for (String u : units) {
            requests.dispatch(in.id(), unit(u), List.of(), null, centre);
            long lead = requests.detail(in.id(), centre).currentLead().id();
            requests.returnDispatch(lead, "不属于本单位职责", u.equals("城管"), staff(u));
        }
        var d = requests.detail(in.id(), centre);
        assertThat(d.escalatedTaskId()).isNotNull();
        assertThat(d.escalationReason()).contains("3个单位均未签收");
        assertThat(d.disputes()).hasSize(1);
        requests.decideDispute(d.disputes().get(0).id(), true, "确属教体职责之外", centre);
        assertThat(requests.detail(in.id(), centre).disputes().get(0).upheld()).isTrue();
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        long before = jdbc.sql("select count(*) from request").query(Long.class).single();
        assertThatThrownBy(() -> report("road-damage", 31.23, 121.47, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不在本区范围内").hasMessageContaining("破损类型");
        assertThatThrownBy(() -> report("no-such", 39.91, 116.41, null)).hasMessageContaining("诉求分类“no-such”不存在");
        assertThatThrownBy(() -> requests.intake(new NewRequest(null, null, Channel.GRID, "noise", "噪声", Urgency.NORMAL,
                39.91, 116.41, null, null, null, null, Map.of(), List.of(new NewRequest.Photo("报告.pdf",
                        "%PDF-1.4 not an image".getBytes())), "测试", null), "测试"))
                .hasMessageContaining("“报告.pdf”不是图片");
        assertThat(jdbc.sql("select count(*) from request").query(Long.class).single()).isEqualTo(before);
        // a hotline order number arrives twice: one request
        NewRequest order = new NewRequest(null, "12345-IT-" + UUID.randomUUID(), Channel.HOTLINE, "noise", "夜间施工",
                Urgency.URGENT, 39.91, 116.41, null, "李四", "13900000000", null, Map.of(), List.of(), "12345", null);
        Intake first = requests.intake(order, "12345");
        Intake again = requests.intake(order, "12345");
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        // the same caller's open request is offered as a duplicate
        Intake third = requests.intake(new NewRequest(null, null, Channel.HOTLINE, "property", "物业问题", Urgency.NORMAL,
                39.93, 116.37, null, "李四", "139 0000 0000", null, Map.of(), List.of(), "12345", null), "12345");
        assertThat(third.possibleDuplicates()).extracting(DuplicateRule.Match::id).contains(first.id());
    }

    @Test
    void aNewCategoryIsTakenAtOnceAndEveryRequestGetsADatedNumberAndItsFirstEvent() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        // warm the category snapshot, then create: intake must see the new category without waiting
        assertThat(requests.category(code)).isEmpty();
        requests.createCategory(code, "测试分类" + code.substring(3), null, null, null, null, "[]", null, centre);
        assertThat(requests.categories()).extracting(Category::code).contains(code);
        Intake in = requests.intake(new NewRequest(null, null, Channel.WEB, code, "测试诉求", Urgency.NORMAL, 39.91,
                116.41, null, null, null, null, Map.of(), List.of(), "测试", null), "测试");
        assertThat(in.number()).matches("SQ20261207\\d{6,}");
        assertThat(jdbc.sql("select kind || '/' || status || '/' || note from request_event where request_id = ?")
                .param(in.id()).query(String.class).list()).containsExactly("受理/NEW/网页录入受理：测试分类" + code.substring(3));
        // a duplicate category code is refused, and the refused one leaves no trace in the snapshot
        assertThatThrownBy(() -> requests.createCategory(code, "重复", null, null, null, null, "[]", null, centre))
                .hasMessageContaining("已存在");
        assertThat(requests.categories()).filteredOn(c -> c.code().equals(code)).hasSize(1);
    }

    @Test
    void threeRatesCountEachDispatchOnceItsSignClockHasEndedAndEachRatingForTheLeadOfItsRound() {
        // a month of its own, far from the demo's: Monday 1 March 2027, 09:00
        TestClock.set(LocalDateTime.of(2027, 3, 1, 9, 0).atZone(TestClock.CHINA).toInstant());
        Intake a = report("street-vending", 39.9100, 116.4100, null);
        Intake b = report("street-vending", 39.9110, 116.4110, null);
        Intake c = report("street-vending", 39.9120, 116.4120, null);
        Intake d = report("street-vending", 39.9130, 116.4130, null);
        requests.dispatch(a.id(), unit("城管"), List.of(), null, centre);
        requests.dispatch(b.id(), unit("城管"), List.of(), null, centre);
        requests.dispatch(d.id(), unit("住建"), List.of(), null, centre);
        long da = requests.detail(a.id(), centre).currentLead().id();
        TestClock.advance(Duration.ofMinutes(10));
        requests.sign(da, chengguan);                                   // A: signed in time
        requests.returnDispatch(requests.detail(d.id(), centre).currentLead().id(), "不属于本单位职责", false, zhujian);
        var dueB = requests.detail(b.id(), centre).currentLead().clocks().get(0).due();
        TestClock.set(dueB.plus(Duration.ofMinutes(1)));                 // B: its 签收 clock ran out unsigned
        requests.dispatch(c.id(), unit("城管"), List.of(), null, centre); // C: dispatched now, its clock still runs
        requests.finish(da, true, "已清理", chengguan);
        requests.reply(a.id(), "已清理占道摊点", requests.detail(a.id(), centre).version(), chengguan);
        requests.rate(a.id(), Rating.SATISFIED, true, true, null, centre);

        var counts = rates.counts(YearMonth.of(2027, 3));
        var cg = counts.stream().filter(x -> x.unitId() == unit("城管")).findFirst().orElseThrow();
        // 响应: A and B have ended (A signed in time, B overdue), C not yet; 解决/满意: A's rating; 自报: A's 办结
        assertThat(cg).isEqualTo(new ThreeRates.Counts(unit("城管"), "城管", 2, 1, 1, 1, 1, 1, 1, 0, 0));
        var zj = counts.stream().filter(x -> x.unitId() == unit("住建")).findFirst().orElseThrow();
        assertThat(zj.dueToSign()).isEqualTo(1);                        // returned: its clock ended, not in time
        assertThat(zj.signedInTime()).isZero();
        // C's 签收 clock runs out with nothing happening: the counts move by themselves (no stale figures)
        TestClock.set(requests.detail(c.id(), centre).currentLead().clocks().get(0).due().plus(Duration.ofMinutes(5)));
        var byTime = rates.counts(YearMonth.of(2027, 3)).stream().filter(x -> x.unitId() == unit("城管")).findFirst().orElseThrow();
        assertThat(byTime.dueToSign()).isEqualTo(3);
        // and its late 签收 counts as ended but not in time
        requests.sign(requests.detail(c.id(), centre).currentLead().id(), chengguan);
        var later = rates.counts(YearMonth.of(2027, 3)).stream().filter(x -> x.unitId() == unit("城管")).findFirst().orElseThrow();
        assertThat(later.dueToSign()).isEqualTo(3);
        assertThat(later.signedInTime()).isEqualTo(1);
    }

    @Autowired
    RequestClockPass clockPass;

    @Test
    void theClockPassStoresWhatThePagesComputeAndClearsClosedRequests() {
        Intake in = report("street-vending", 39.9100, 116.4100, null);
        requests.dispatch(in.id(), unit("东城街道"), List.of(), "属地处置", centre);
        clockPass.run();
        assertThat(stored(in.id())).isEqualTo("GREEN");
        // 09:00 + the 签收 limit has long passed by the next afternoon with no 签收: red, and the unit sees it counted
        TestClock.set(LocalDateTime.of(2026, 12, 8, 16, 0).atZone(TestClock.CHINA).toInstant());
        RequestClockPass.Result r = clockPass.run();
        assertThat(r.changed()).isPositive();
        assertThat(stored(in.id())).isEqualTo("RED");
        assertThat(clockPass.countsOf(unit("东城街道")).get(ClockLight.RED)).isPositive();
        assertThat(requests.list(new RequestService.ListQuery(null, null, null, null, true, 500, ClockLight.RED), centre))
                .extracting(RequestViews.Row::id).contains(in.id());
        assertThat(requests.list(new RequestService.ListQuery(null, null, null, null, true, 500, ClockLight.GREEN), centre))
                .extracting(RequestViews.Row::id).doesNotContain(in.id());
        // every open request's stored light and due are exactly what the list computes for it now
        List<RequestViews.Row> open = requests.list(new RequestService.ListQuery(null, null, null, null, true, 500), centre);
        assertThat(open).isNotEmpty();
        for (RequestViews.Row row : open) {
            var st = jdbc.sql("select light, light_due from request where id = ?").param(row.id())
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getTimestamp(2)}).single();
            assertThat(st[0]).as(row.number()).isEqualTo(row.light() == null ? null : row.light().name());
            assertThat(st[1] == null ? null : ((java.sql.Timestamp) st[1]).toInstant()).as(row.number()).isEqualTo(row.due());
        }
        // the unit's open list (本单位在办) holds the request dispatched to it; another unit's does not
        assertThat(requests.list(new RequestService.ListQuery(null, null, null, null, true, 500), dongcheng))
                .extracting(RequestViews.Row::id).contains(in.id());
        assertThat(requests.list(new RequestService.ListQuery(null, null, null, null, true, 500), zhujian))
                .extracting(RequestViews.Row::id).doesNotContain(in.id());
        // the same list as JSON, scoped to the signed-in unit
        try {
            String json = mvc.perform(get("/api/requests").param("open", "true").param("size", "200")
                    .with(user(users.loadUserByUsername("dongcheng")))).andReturn().getResponse().getContentAsString();
            assertThat(json).contains("\"number\":\"" + in.number() + "\"").contains("\"light\":\"RED\"");
            String other = mvc.perform(get("/api/requests").param("open", "true").param("size", "200")
                    .with(user(users.loadUserByUsername("zhujian")))).andReturn().getResponse().getContentAsString();
            assertThat(other).doesNotContain(in.number());
            assertThat(mvc.perform(get("/api/requests").param("size", "0").with(user(users.loadUserByUsername("dongcheng"))))
                    .andReturn().getResponse().getStatus()).isEqualTo(400);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // a second pass at the same moment changes nothing; a merged request keeps no light
        assertThat(clockPass.run().changed()).isZero();
        Intake other = report("street-vending", 39.9101, 116.4101, null);
        requests.dispatch(other.id(), unit("东城街道"), List.of(), null, centre);
        clockPass.run();
        assertThat(stored(other.id())).isNotNull();
        requests.merge(other.id(), in.id(), centre);
        clockPass.run();
        assertThat(stored(other.id())).isNull();
    }

    private String stored(long id) {
        return jdbc.sql("select light from request where id = ?").param(id).query(String.class).optional().orElse(null);
    }

    @Test
    void contactReadsAreAudited() {
        Intake in = report("noise", 39.915, 116.41, "13722223333");
        requests.dispatch(in.id(), unit("生态环境"), List.of(), null, centre);
        assertThatThrownBy(() -> requests.revealContact(in.id(), zhujian)).hasMessageContaining("只有");
        Map<String, String> clear = requests.revealContact(in.id(), staff("生态环境"));
        assertThat(clear.get("phone")).isEqualTo("13722223333");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'READ' and entity_type = 'request' and entity_id = ?")
                .param(in.id()).query(Integer.class).single()).isEqualTo(1);
        String stored = jdbc.sql("select reporter_phone from request where id = ?").param(in.id()).query(String.class).single();
        assertThat(stored).doesNotContain("13722223333");
    }

    @Test
    void open311CreateReadAndErrors() throws Exception {
        mvc.perform(get("/open311/v2/services/road-damage.json")).andExpect(r -> {
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
            assertThat(r.getResponse().getContentAsString()).contains("\"code\":\"DAMAGE_TYPE\"");
        });
        var noKey = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("service_code", "road-damage").param("lat", "39.9042").param("long", "116.4074")
                .param("attribute[DAMAGE_TYPE]", "pothole")).andReturn().getResponse();
        assertThat(noKey.getStatus()).isEqualTo(403);
        assertThat(noKey.getContentAsString()).contains("\"code\":403");
        var missing = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", KEY).param("service_code", "road-damage").param("lat", "39.9042").param("long", "116.4074")
                .param("description", "坑")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).startsWith("[{").contains("\"code\":400").contains("DAMAGE_TYPE");
        var ok = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", KEY).param("service_code", "road-damage").param("lat", "39.9042").param("long", "116.4074")
                .param("attribute[DAMAGE_TYPE]", "pothole").param("description", "公交站前坑槽")
                .param("first_name", "伟").param("last_name", "李").param("phone", "13600001111")).andReturn().getResponse();
        assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(200);
        String id = ok.getContentAsString().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        var one = mvc.perform(get("/open311/v2/requests/" + id + ".json")).andReturn().getResponse();
        assertThat(one.getContentAsString()).contains("\"status\":\"open\"").contains("\"lat\":39.9042")
                .contains("\"long\":116.4074").doesNotContain("13600001111");
        assertThat(mvc.perform(get("/open311/v2/requests/nope.json")).andReturn().getResponse().getStatus()).isEqualTo(404);
        var updates = mvc.perform(get("/open311/v2/servicerequestupdates.json")).andReturn().getResponse();
        assertThat(updates.getContentAsString()).contains(id);
        String token = ok.getContentAsString().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        var byToken = mvc.perform(get("/open311/v2/tokens/" + token + ".json")).andReturn().getResponse();
        assertThat(byToken.getContentAsString()).contains("\"service_request_id\":\"" + id + "\"");
        assertThat(mvc.perform(get("/open311/v2/tokens/" + UUID.randomUUID() + ".json")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theGridApiStoresAReportSentTwiceOnce() throws Exception {
        String uuid = UUID.randomUUID().toString();
        String body = """
                {"clientUuid":"%s","category":"illegal-dumping","description":"楼下堆放装修垃圾","urgency":"NORMAL",
                 "lat":39.905,"lon":116.402,"address":"鸿运社区"}""".formatted(uuid);
        // illegal-dumping requires WASTE_KIND: the grid form's category without it is refused with the reason
        var refused = mvc.perform(post("/api/requests/grid").with(user(users.loadUserByUsername("dongcheng"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        String ok = body.replace("illegal-dumping", "street-vending");
        var first = mvc.perform(post("/api/requests/grid").with(user(users.loadUserByUsername("dongcheng"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(ok)).andReturn().getResponse();
        var second = mvc.perform(post("/api/requests/grid").with(user(users.loadUserByUsername("dongcheng"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(ok)).andReturn().getResponse();
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from request where client_uuid = cast(? as uuid)").param(uuid)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void demoDataRanksUnitsAndAPublishedMonthStaysFrozen() {
        YearMonth last = YearMonth.from(TestClock.today()).minusMonths(1);
        var month = rates.month(last);
        assertThat(month.lines()).hasSizeGreaterThan(3);
        assertThat(month.lines().get(0).rank()).isEqualTo(1);
        assertThat(month.rule().statement()).contains("响应率×30%");
        var published = rates.publish(last, centre);
        assertThat(published.published()).isTrue();
        assertThatThrownBy(() -> rates.publish(last, centre)).hasMessageContaining("已发布");
        assertThatThrownBy(() -> rates.publish(YearMonth.from(TestClock.today()), centre)).hasMessageContaining("尚未结束");
        rates.setRule("某区 20/40/40", 20, 40, 40, new java.math.BigDecimal("0.8"), false, centre);
        assertThat(rates.month(last).rule().responseWeight()).isEqualTo(30); // frozen with its rule
        rates.setRule(ThreeRates.Rule.LOCAL_DEFAULT.name(), 30, 35, 35, java.math.BigDecimal.ONE, false, centre);
        // the demo's escalated 问题工单
        assertThat(jdbc.sql("select count(*) from request where escalated_task_id is not null").query(Integer.class).single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aHotlineFileWithOneBadRowImportsNothingAndSaysWhichRow() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bad = "工单编号,受理时间,诉求分类,紧急程度,诉求内容,诉求地址,经度,纬度,来电人,联系电话\n"
                + "H" + tag + "-1,2026-12-01 09:30,噪声扰民,一般,夜间施工,新河路,116.44,39.91,王五,13500000000\n"
                + "H" + tag + "-2,2026-12-01 10:00,不存在的分类,一般,内容,地址,116.44,39.91,,\n"
                + "H" + tag + "-3,2026-12-01 10:00,路灯故障,一般,路灯不亮,外地,121.47,31.23,,\n"
                + "H" + tag + "-1,2026-12-01 11:00,路灯故障,一般,重复,地址,116.44,39.91,,\n";
        assertThatThrownBy(() -> imports.importFile("orders.csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8), centre))
                .isInstanceOfSatisfying(HotlineImport.Rejected.class, e -> assertThat(e.errors())
                        .extracting(HotlineImport.RowError::row).containsExactly(3, 4, 5));
        assertThat(jdbc.sql("select count(*) from request where hotline_no like ?").param("H" + tag + "%")
                .query(Integer.class).single()).isZero();
        String good = "工单编号,受理时间,诉求分类,紧急程度,诉求内容,诉求地址,经度,纬度,来电人,联系电话\n"
                + "H" + tag + "-1,2026-12-01 09:30,噪声扰民,紧急,夜间施工,新河路,116.44,39.91,王五,13500000000\n";
        assertThat(imports.importFile("orders.csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8), centre)).isEqualTo(1);
        assertThatThrownBy(() -> imports.importFile("orders.csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8), centre))
                .isInstanceOfSatisfying(HotlineImport.Rejected.class,
                        e -> assertThat(e.errors().get(0).message()).contains("已导入过"));
        assertThatThrownBy(() -> imports.importFile("orders.csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8), zhujian))
                .hasMessageContaining("只有指挥中心");
    }
}
