package cn.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Requests a form would never send: a missing parameter is a Chinese 400 (after the role check, so a role that may
 * not act gets 403), dates outside 2000–2100 are refused, uploaded names lose bidi characters, and 讲话转台账 refuses
 * a speech whose review page would be too large.
 */
@LuoshiIntegrationTest
class BadInputTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse as(String username, B b)
            throws Exception {
        return mvc.perform(b.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
    }

    private static String html(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingParameterIsA400AfterTheRoleCheck() throws Exception {
        MockHttpServletResponse order = as("duchashi", get("/supervision/orders/new"));
        assertThat(order.getStatus()).isEqualTo(400);
        assertThat(html(order)).contains("缺少参数 taskId");
        assertThat(as("zhujian", get("/supervision/orders/new")).getStatus()).isEqualTo(403);

        MockHttpServletResponse calendar = as("admin", post("/admin/calendar/delete"));
        assertThat(calendar.getStatus()).isEqualTo(400);
        assertThat(html(calendar)).contains("缺少参数 day");
        MockHttpServletResponse notAdmin = as("duchashi", post("/admin/calendar/delete"));
        assertThat(notAdmin.getStatus()).isEqualTo(403);
        assertThat(html(notAdmin)).contains("仅系统管理员可以调整工作日历");

        assertThat(as("admin", post("/ingest/keywords/1/delete")).getStatus()).isEqualTo(400);
        assertThat(as("duchashi", post("/ingest/keywords/1/delete")).getStatus()).isEqualTo(403);
        assertThat(as("zhujian", post("/admin/users/unlock")).getStatus()).isEqualTo(403);
    }

    @Test
    void datesOutsideTwoThousandToTwentyOneHundredAreRefused() throws Exception {
        Api.Response json = Api.as(port, "duchashi").post("/api/directives",
                Map.of("title", "日期越界测试", "issuedOn", "+99999-01-01", "level", "DISTRICT", "kind", "SPEECH"));
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body().get("message").asString()).contains("日期须在2000-01-01至2100-12-31之间");

        Api.Response query = Api.as(port, "duchashi").get("/api/tasks?deadlineFrom=%2B99999-01-01");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.raw()).contains("日期须在2000-01-01至2100-12-31之间");

        MockHttpServletResponse param = as("admin", post("/admin/calendar/delete").param("day", "+99999-01-01"));
        assertThat(param.getStatus()).isEqualTo(400);
        assertThat(html(param)).contains("日期须在2000-01-01至2100-12-31之间");
        assertThat(as("admin", post("/admin/calendar/delete").param("day", "1999-12-31")).getStatus()).isEqualTo(400);

        long before = jdbc.sql("select count(*) from directive where issued_on > '2100-12-31'").query(Long.class).single();
        assertThat(before).isZero();
    }

    @Test
    void aRightToLeftOverrideInAnUploadedNameIsRemoved() throws Exception {
        byte[] speech = getClass().getResourceAsStream("/seeds/003_4038ed84c9f06b6f.txt").readAllBytes();
        MockHttpServletResponse r = as("duchashi", multipart("/ingest")
                .file(new MockMultipartFile("file", "讲话\u202Etxt.exe", "text/plain", speech))
                .param("issuedOn", "2026-02-10").param("level", "DISTRICT").param("kind", "SPEECH")
                .param("again", "true")); // the demo took seed 003 through already: confirm the copy (issue 18)
        assertThat(r.getStatus()).isEqualTo(302);
        long id = Long.parseLong(r.getRedirectedUrl().substring("/ingest/".length()));
        assertThat(jdbc.sql("select file_name from ingest_draft where id = ?").param(id).query(String.class).single())
                .isEqualTo("讲话txt.exe");
    }

    @Test
    void theReviewPageOfTheLargestAcceptedSpeechStaysSmall() throws Exception {
        String seed = new String(getClass().getResourceAsStream("/seeds/002_aafd5c90119f966f.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        String three = (seed + "\n").repeat(3);
        MockHttpServletResponse accepted = as("duchashi", post("/ingest").param("text", three).param("again", "true")
                .param("issuedOn", "2026-02-10"));
        assertThat(accepted.getStatus()).as(html(accepted)).isEqualTo(302);
        as("duchashi", get(accepted.getRedirectedUrl())); // warm up the template
        long t0 = System.nanoTime();
        MockHttpServletResponse page = as("duchashi", get(accepted.getRedirectedUrl()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int bytes = page.getContentAsByteArray().length;
        int rows = html(page).split("data-testid=\"row-level\"", -1).length - 1;
        System.out.printf("review page of %d characters: %d bytes, %d ms, %d rows shown%n", three.length(), bytes, ms,
                rows);
        assertThat(bytes).isLessThan(2_000_000);

        MockHttpServletResponse tooManyRows = as("duchashi", post("/ingest").param("text", (seed + "\n").repeat(5))
                .param("issuedOn", "2026-02-10"));
        assertThat(tooManyRows.getStatus()).isEqualTo(400);
        assertThat(html(tooManyRows)).contains("超过一次审核的上限80个，请按部分分篇上传");

        MockHttpServletResponse tooLong = as("duchashi", post("/ingest").param("text", "的".repeat(4_900_000))
                .param("issuedOn", "2026-02-10"));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(html(tooLong)).contains("超过一次转换的上限50000字");
        assertThat(tooLong.getContentAsByteArray().length).as("the refused text is not sent back").isLessThan(200_000);
    }
}
