package cn.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The web UI: CSRF on every form, server-side validation next to the field, nothing saved on bad input. */
@LuoshiIntegrationTest
class WebFormTests {

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
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(as(post("/directives"), "duchashi").param("title", "无令牌").param("issuedOn", "2026-03-01")
                .param("issuer", "区委").param("level", "DISTRICT").param("kind", "SPEECH"))
                .andExpect(status().isForbidden());
        assertThat(Api.as(port, "duchashi").get("/api/directives?q=%E6%97%A0%E4%BB%A4%E7%89%8C").body()
                .get("total").asInt()).isZero();
    }

    @Test
    void aFormPostWithTheCsrfTokenIsAccepted() throws Exception {
        var result = mvc.perform(as(post("/directives"), "duchashi").with(csrf()).param("title", "有令牌")
                .param("issuedOn", "2026-03-01").param("issuer", "区委").param("level", "DISTRICT")
                .param("kind", "SPEECH")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).matches("/directives/\\d+");
    }

    @Test
    void theLoginFormItselfNeedsTheToken() throws Exception {
        mvc.perform(post("/login").param("username", "duchashi").param("password", Api.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        var ok = mvc.perform(post("/login").with(csrf()).param("username", "duchashi")
                .param("password", Api.DEMO_PASSWORD)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aTaskFormWithBadInputShowsChineseMessagesNextToTheFieldsAndSavesNothing() throws Exception {
        LedgerFixture fixture = new LedgerFixture(port);
        long directive = fixture.directive("表单校验测试");
        String html = mvc.perform(as(post("/directives/" + directive + "/tasks"), "duchashi").with(csrf())
                        .param("kind", "TASK").param("title", "").param("startDate", "2026-06-01")
                        .param("deadline", "2026-05-01").param("targetValue", "-5").param("targetUnit", "个"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("任务名称不能为空").contains("不能早于开始日期").contains("目标数值不能为负数")
                .contains("is-invalid");

        String badDate = mvc.perform(as(post("/directives/" + directive + "/tasks"), "duchashi").with(csrf())
                        .param("kind", "TASK").param("title", "日期").param("deadline", "明年六月"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badDate).contains("日期格式不正确").contains("value=\"明年六月\"");

        assertThat(Api.as(port, "duchashi").get("/api/tasks?directiveId=" + directive).body().get("total").asInt())
                .isZero();
    }

    @Test
    void aStaleEditInTheBrowserGets409WithAMessageAndKeepsTheOtherEdit() throws Exception {
        LedgerFixture fixture = new LedgerFixture(port);
        Api.Response t = fixture.task("网页并发测试", "住建");
        var body = fixture.taskBody("网页并发测试-先保存", "住建");
        body.put("version", t.version());
        assertThat(fixture.supervisor().put("/api/tasks/" + t.id(), body).status()).isEqualTo(200);

        String html = mvc.perform(as(post("/tasks/" + t.id()), "duchashi").with(csrf())
                        .param("title", "网页并发测试-后保存").param("kind", "TASK").param("deadline", "2026-12-31")
                        .param("version", String.valueOf(t.version())))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("已被他人修改");
        assertThat(fixture.supervisor().get("/api/tasks/" + t.id()).body().get("title").asString())
                .isEqualTo("网页并发测试-先保存");
    }

    @Test
    void anotherUnitsTaskPageIsAFriendly404WithoutAStackTrace() throws Exception {
        LedgerFixture fixture = new LedgerFixture(port);
        Api.Response t = fixture.task("网页范围测试", "住建");
        String html = mvc.perform(as(get("/tasks/" + t.id()), "fagai"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("不存在或无权查看").doesNotContain("Exception").doesNotContain("at cn.luoshi");
        mvc.perform(as(get("/tasks/" + t.id()), "zhujian")).andExpect(status().isOk());
    }

    @Test
    void pagesNeedALogin() throws Exception {
        var r = mvc.perform(get("/tasks").accept("text/html")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login");
    }
}
