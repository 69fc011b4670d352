package cn.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@LuoshiIntegrationTest
@Import(ErrorPageAndApiDocsTests.Failing.class)
class ErrorPageAndApiDocsTests {

    /** Endpoints that fail the way a bug would. */
    @TestConfiguration
    static class Failing {
        @Controller
        static class FailingPage {
            @GetMapping("/test-only/boom")
            String boom() {
                throw new IllegalStateException("secret internal detail");
            }
        }

        @RestController
        static class FailingApi {
            @GetMapping("/api/test-only/boom")
            String boom() {
                throw new IllegalStateException("secret internal detail");
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Test
    void anUnexpectedErrorShowsAFriendlyPageWithAnIdAndNoStackTrace() throws Exception {
        String html = mvc.perform(get("/test-only/boom").with(user(users.loadUserByUsername("duchashi"))))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("系统出错了").containsPattern("data-testid=\"error-id\">[0-9a-f]{8}<")
                .doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void anUnexpectedApiErrorIsJsonWithAnId() {
        Api.Response r = Api.as(port, "duchashi").get("/api/test-only/boom");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body().get("errorId").asString()).matches("[0-9a-f]{8}");
        assertThat(r.raw()).doesNotContain("secret internal detail");
    }

    @Test
    void theApiDescriptionIsForSignedInUsersOnly() {
        Api.Response anonymous = Api.anonymous(port).get("/v3/api-docs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("message").asString()).isEqualTo("请先登录");
    }

    @Test
    void theApiIsDescribedAsOpenApi() {
        Api.Response docs = Api.as(port, "tongji").get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("openapi").asString()).startsWith("3.");
        var paths = docs.body().get("paths");
        for (String p : new String[] {"/api/directives", "/api/directives/{id}", "/api/tasks", "/api/tasks/{id}",
                "/api/directives/{directiveId}/tasks", "/api/tasks/{id}/accept", "/api/tasks/{id}/history",
                "/api/tasks/{taskId}/milestones", "/api/milestones/{id}", "/api/tasks/{taskId}/problems",
                "/api/problems/{id}", "/api/tasks/{taskId}/reports", "/api/units", "/api/people", "/api/me"}) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(paths.get("/api/tasks").get("get").get("parameters").toString())
                .contains("unitId").contains("deadlineFrom").contains("text");
    }
}
