package cn.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Content-Security-Policy (no inline script without the page's nonce), Referrer-Policy, phones in /api/people. */
@LuoshiIntegrationTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private static String scriptSrc(String csp) {
        Matcher m = Pattern.compile("script-src ([^;]*)").matcher(csp);
        assertThat(m.find()).as(csp).isTrue();
        return m.group(1);
    }

    @Test
    void everyResponseForbidsInlineScriptAndCrossOriginReferrers() {
        for (Api.Response r : List.of(Api.anonymous(port).get("/login"), Api.anonymous(port).get("/public/minsheng"),
                Api.as(port, "duchashi").get("/api/me"))) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(scriptSrc(csp)).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                    .startsWith("'self' 'nonce-");
            assertThat(csp).contains("object-src 'none'").contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void aPageWithAnInlineScriptCarriesTheNonceOfItsOwnPolicy() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/").with(user(users.loadUserByUsername("duchashi"))))
                .andReturn().getResponse();
        String nonce = scriptSrc(r.getHeader("Content-Security-Policy")).replaceAll(".*'nonce-([^']+)'.*", "$1");
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<script nonce=\"" + nonce + "\">").doesNotContain(" onclick=");
        String again = mvc.perform(get("/").with(user(users.loadUserByUsername("duchashi")))).andReturn()
                .getResponse().getHeader("Content-Security-Policy");
        assertThat(again).doesNotContain(nonce);
    }

    /** A template with onclick= or a script without the nonce would be silently broken by the policy. */
    @Test
    void noTemplateHasAnInlineHandlerOrAScriptWithoutTheNonce() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=\\s*\"", Pattern.CASE_INSENSITIVE);
        Pattern script = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                if (handler.matcher(html).find()) {
                    problems.add(f + ": inline event handler");
                }
                if (html.contains("javascript:")) {
                    problems.add(f + ": javascript: URL");
                }
                Matcher m = script.matcher(html);
                while (m.find()) {
                    if (!m.group().contains("nonce=${cspNonce}")) {
                        problems.add(f + ": " + m.group());
                    }
                }
                if (html.contains("hx-on")) {
                    problems.add(f + ": hx-on needs eval");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void phoneNumbersOnlyForTheOfficeAdminsAndTheUnitsOwnPeople() {
        JsonNode all = Api.as(port, "duchashi").get("/api/people").body();
        long withPhone = count(all, null);
        assertThat(withPhone).isPositive();
        assertThat(count(Api.as(port, "lingdao").get("/api/people").body(), null)).isZero();
        assertThat(count(Api.as(port, "tongji").get("/api/people").body(), null)).isZero();
        JsonNode me = Api.as(port, "zhujian").get("/api/me").body();
        long unit = me.get("unitId").asLong();
        JsonNode forUnit = Api.as(port, "zhujian").get("/api/people").body();
        for (JsonNode p : forUnit) {
            if (p.get("unitId").asLong() != unit) {
                assertThat(p.get("phone").isNull()).as(p.toString()).isTrue();
            }
        }
        assertThat(count(forUnit, unit)).isEqualTo(count(all, unit));
    }

    private static long count(JsonNode people, Long unit) {
        long n = 0;
        for (JsonNode p : people) {
            if (p.hasNonNull("phone") && (unit == null || p.get("unitId").asLong() == unit)) {
                n++;
            }
        }
        return n;
    }
}
