package cn.luoshi.web;

import cn.luoshi.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The workflow forms of the task page: refusals shown on the page with their status, and the upload limit. */
@LuoshiIntegrationTest
class WorkflowWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, String username) {
        return b.with(user(users.loadUserByUsername(username)));
    }

    @Test
    void aMoveOutOfOrderShowsTheTaskPageWithTheMessageAndA409() throws Exception {
        long id = new LedgerFixture(port).task("网页流转顺序测试", "住建").id();
        String html = mvc.perform(as(post("/tasks/" + id + "/completion/approve"), "duchashi").with(csrf()))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-testid=\"workflow-errors\"").contains("任务当前状态为「待签收」，不能审核办结");
    }

    @Test
    void aMissingReasonShowsTheFormAgainWithA400() throws Exception {
        long id = new LedgerFixture(port).task("网页退回测试", "住建").id();
        String html = mvc.perform(as(post("/tasks/" + id + "/return"), "zhujian").with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("退回理由不能为空").contains("data-testid=\"return-form\"");
    }

    @Test
    void aUnitCannotTerminateFromThePageEither() throws Exception {
        long id = new LedgerFixture(port).task("网页终止测试", "住建").id();
        mvc.perform(as(post("/tasks/" + id + "/terminate"), "zhujian").with(csrf()).param("reason", "不想做"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/tasks/" + id + "/terminate"), "fagai").with(csrf()).param("reason", "不想做"))
                .andExpect(status().isNotFound());
    }

    @Test
    void afterTheDeadlineTheUnitSeesNoExtensionButtonButAReason() throws Exception {
        LedgerFixture fixture = new LedgerFixture(port);
        long directive = fixture.directive("网页逾期来源");
        Map<String, Object> body = fixture.taskBody("网页逾期任务", "住建");
        body.put("deadline", TestClock.today().minusDays(1).toString());
        long late = fixture.supervisor().post("/api/directives/" + directive + "/tasks", body).id();
        fixture.accept(late, "zhujian");
        long open = fixture.task("网页未逾期任务", "住建").id();
        fixture.accept(open, "zhujian");

        String latePage = page(late, "zhujian");
        assertThat(latePage).contains("已超过完成时限，不能再申请延期").doesNotContain("data-testid=\"extension-form\"");
        String openPage = page(open, "zhujian");
        assertThat(openPage).contains("data-testid=\"extension-form\"").doesNotContain("不能再申请延期");
    }

    private String page(long taskId, String user) throws Exception {
        return mvc.perform(as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/tasks/" + taskId), user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Through the real server (MockMvc has no multipart limit): a signed-in browser posting 100 MB. */
    @Test
    void aHundredMegabyteUploadFromThePageGetsAChineseMessageNotAStackTrace() throws Exception {
        LedgerFixture fixture = new LedgerFixture(port);
        long id = fixture.task("网页超大文件测试", "住建").id();
        fixture.accept(id, "zhujian");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "zhujian",
                        "password", Api.DEMO_PASSWORD, "_csrf", token(login))))).build(),
                HttpResponse.BodyHandlers.discarding());
        String page = http.send(get("/tasks/" + id), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the page's token").isTrue();

        String boundary = "b" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"summary\"\r\n\r\n已完成\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[100 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/tasks/" + id + "/completion"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("文件过大").contains("每个文件不能超过 20 MB").doesNotContain("Exception");
        assertThat(Api.as(port, "zhujian").get("/api/tasks/" + id).body().get("status").asString())
                .isEqualTo("IN_PROGRESS");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("login page token").isTrue();
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }
}
