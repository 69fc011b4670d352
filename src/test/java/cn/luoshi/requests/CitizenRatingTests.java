package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.Unit;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 市民评价 on the public page: proof by phone or Open311 token, once per round, 不满意 → 重办, 三率, rate limit. */
@LuoshiIntegrationTest
class CitizenRatingTests {

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

    CurrentUser centre;
    CurrentUser dongcheng;

    @BeforeEach
    void setUp() {
        TestClock.set(LocalDateTime.of(2026, 12, 8, 9, 0).atZone(TestClock.CHINA).toInstant());
        centre = new CurrentUser(0, "duchashi", "孙丽", Role.SUPERVISOR, unit("督查室"), "督查室");
        dongcheng = new CurrentUser(0, "u-东城街道", "经办人东城街道", Role.UNIT_STAFF, unit("东城街道"), "东城街道");
    }

    @AfterEach
    void tearDown() {
        TestClock.reset();
    }

    long unit(String name) {
        return org.findUnitByName(name).map(Unit::id).orElseThrow();
    }

    /** A request by phone, handled by 东城街道 up to the reply. */
    Intake replied(String phone) {
        Intake in = requests.intake(new NewRequest(null, null, Channel.WEB, "street-vending", "市民评价测试" + UUID.randomUUID(),
                Urgency.NORMAL, 39.9100, 116.4100, "测试地址", "王小明", phone, null, Map.of(), List.of(), "测试", null), "测试");
        toReply(in.id());
        return in;
    }

    void toReply(long id) {
        requests.dispatch(id, unit("东城街道"), List.of(), null, centre);
        long lead = requests.detail(id, centre).currentLead().id();
        requests.sign(lead, dongcheng);
        requests.finish(lead, true, "已清理", dongcheng);
        requests.reply(id, "已清理占道摊点", requests.detail(id, centre).version(), dongcheng);
    }

    MockHttpServletResponse rate(String number, String proof, String rating, String resolved, String comment, String ip)
            throws Exception {
        return mvc.perform(post("/public/requests/rate").with(csrf()).with(r -> {
            r.setRemoteAddr(ip);
            return r;
        }).param("number", number).param("proof", proof).param("rating", rating).param("resolved", resolved)
                .param("comment", comment)).andReturn().getResponse();
    }

    ThreeRates.Counts counts() {
        return rates.month(YearMonth.of(2026, 12)).lines().stream().filter(l -> l.unitName().contains("东城"))
                .findFirst().map(ThreeRates.Line::counts).orElseThrow();
    }

    @Test
    void theCitizenRatesOnceAndTheRatingCountsInTheRates() throws Exception {
        Intake in = replied("139 1234 5678");
        String page = mvc.perform(get("/public/requests").param("number", in.number())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("评价本次答复").contains("data-testid=\"rate-form\"").doesNotContain("王小明");
        ThreeRates.Counts before = counts();
        long audits = jdbc.sql("select count(*) from audit_entry where entity_type = 'request' and entity_id = ?")
                .param(in.id()).query(Long.class).single();

        var wrong = rate(in.number(), "13900000000", "SATISFIED", "true", "", "10.1.0.1");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("工单号与手机号（或token）不符");
        var missing = rate(in.number(), "13912345678", "", "true", "", "10.1.0.1");
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("请选择满意、基本满意或不满意");
        assertThat(requests.detail(in.id(), centre).status()).isEqualTo(RequestStatus.REPLIED);

        var ok = rate(in.number(), "13912345678", "BASIC", "true", "处理及时", "10.1.0.1");
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(ok.getRedirectedUrl()).isEqualTo("/public/requests?number=" + in.number());
        var d = requests.detail(in.id(), centre);
        assertThat(d.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(d.ratings()).singleElement().satisfies(r -> {
            assertThat(r.rating()).isEqualTo(Rating.BASIC);
            assertThat(r.callback()).isFalse();
            assertThat(r.recordedBy()).isEqualTo("市民");
            assertThat(r.note()).isEqualTo("处理及时");
        });
        assertThat(d.events()).extracting(RequestViews.Event::kind).contains("市民评价");
        assertThat(jdbc.sql("select by_citizen from request_rating where request_id = ?").param(in.id()).query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'request' and entity_id = ?")
                .param(in.id()).query(Long.class).single()).isEqualTo(audits + 1);
        // in 满意率 exactly as a 回访 rating: one more rated, one more 基本满意
        ThreeRates.Counts after = counts();
        assertThat(after.rated()).isEqualTo(before.rated() + 1);
        assertThat(after.basicSatisfied()).isEqualTo(before.basicSatisfied() + 1);
        assertThat(after.resolvedByRating()).isEqualTo(before.resolvedByRating() + 1);

        // once per round
        var again = rate(in.number(), "13912345678", "UNSATISFIED", "false", "", "10.1.0.1");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from request_rating where request_id = ?").param(in.id()).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(mvc.perform(get("/public/requests").param("number", in.number())).andReturn().getResponse()
                .getContentAsString()).doesNotContain("评价本次答复");
    }

    @Test
    void unsatisfiedReopensAndTheNextRoundCanBeRatedAgain() throws Exception {
        Intake in = replied("13800005555");
        var bad = rate(in.number(), "138-0000-5555", "UNSATISFIED", "false", "摊点晚上又来了", "10.1.0.2");
        assertThat(bad.getStatus()).isEqualTo(302);
        var d = requests.detail(in.id(), centre);
        assertThat(d.status()).isEqualTo(RequestStatus.DISPATCHED);
        assertThat(d.reopenCount()).isEqualTo(1);
        assertThat(d.currentLead().unitName()).isEqualTo("东城街道");
        assertThat(d.events()).filteredOn(e -> e.kind().equals("重办")).singleElement()
                .satisfies(e -> assertThat(e.note()).contains("市民评价不满意：摊点晚上又来了"));
        // round 1: handled and replied again, rated again
        long lead = d.currentLead().id();
        requests.sign(lead, dongcheng);
        requests.finish(lead, true, "夜间巡查", dongcheng);
        requests.reply(in.id(), "已安排夜间巡查", requests.detail(in.id(), centre).version(), dongcheng);
        assertThat(rate(in.number(), "13800005555", "SATISFIED", "true", "", "10.1.0.2").getStatus()).isEqualTo(302);
        assertThat(requests.detail(in.id(), centre).ratings()).extracting(RequestViews.RatingView::round).containsExactly(0, 1);
    }

    @Test
    void anOpen311ReporterRatesWithTheToken() throws Exception {
        var created = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", "3f9c2a7e-test-key").param("service_code", "road-damage").param("lat", "39.9042")
                .param("long", "116.4074").param("attribute[DAMAGE_TYPE]", "pothole").param("description", "评价token测试"))
                .andReturn().getResponse().getContentAsString();
        String number = created.replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        String token = created.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        long id = requests.idOf(number).orElseThrow();
        toReply(id);
        assertThat(rate(number, UUID.randomUUID().toString(), "SATISFIED", "true", "", "10.1.0.3").getStatus()).isEqualTo(400);
        assertThat(rate(number, token, "SATISFIED", "true", "", "10.1.0.3").getStatus()).isEqualTo(302);
        assertThat(requests.detail(id, centre).status()).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void guessingIsStoppedAfterFiveWrongTries() throws Exception {
        Intake in = replied("13700007777");
        for (int i = 0; i < RequestService.CITIZEN_FAILURES; i++) {
            assertThat(rate(in.number(), "1370000000" + i, "SATISFIED", "true", "", "10.1.0.4").getStatus()).isEqualTo(400);
        }
        var blocked = rate(in.number(), "13700007777", "SATISFIED", "true", "", "10.1.0.4");
        assertThat(blocked.getStatus()).isEqualTo(429);
        assertThat(blocked.getContentAsString()).contains("尝试次数过多");
        // the same number from another client is blocked too (guessing spread over addresses)
        assertThat(rate(in.number(), "13700007777", "SATISFIED", "true", "", "10.1.0.5").getStatus()).isEqualTo(429);
        assertThat(requests.detail(in.id(), centre).status()).isEqualTo(RequestStatus.REPLIED);
        // ten minutes later the owner gets through
        TestClock.advance(java.time.Duration.ofMinutes(11));
        assertThat(rate(in.number(), "13700007777", "SATISFIED", "true", "", "10.1.0.4").getStatus()).isEqualTo(302);
    }
}
