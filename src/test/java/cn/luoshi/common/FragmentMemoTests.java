package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class FragmentMemoTests {

    record Row(long id, String name) {
    }

    static final String TEMPLATE = """
            <div th:fragment="rows"><a th:each="r : ${rows}" th:href="@{/things/{id}(id=${r.id()})}" \
            th:text="${r.name()}">x</a></div>""";

    static FragmentMemo memo(boolean enabled) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        return new FragmentMemo(engine, enabled);
    }

    static String render(FragmentMemo memo, List<Row> rows) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things");
        request.setContextPath("/app");
        return memo.render(TEMPLATE, "rows", Map.of("rows", rows), request, new MockHttpServletResponse());
    }

    @Test
    void theSameValuesAreRenderedOnceAndAChangedValueIsRenderedAnew() {
        FragmentMemo memo = memo(true);
        String first = render(memo, List.of(new Row(1, "甲<乙>"), new Row(2, "丙")));
        assertThat(first).contains("<a href=\"/app/things/1\">甲&lt;乙&gt;</a>").contains("/app/things/2");
        assertThat(render(memo, List.of(new Row(1, "甲<乙>"), new Row(2, "丙")))).isEqualTo(first);
        assertThat(memo.statistics()).containsExactly(1L, 1L, 1L);

        String changed = render(memo, List.of(new Row(1, "甲<乙>"), new Row(2, "丁")));
        assertThat(changed).contains(">丁</a>").doesNotContain(">丙</a>");
        assertThat(memo.statistics()).containsExactly(1L, 2L, 2L);
    }

    @Test
    void switchedOffItRendersEveryTime() {
        FragmentMemo memo = memo(false);
        render(memo, List.of(new Row(1, "甲")));
        render(memo, List.of(new Row(1, "甲")));
        assertThat(memo.statistics()).containsExactly(0L, 2L, 0L);
    }

    @Test
    void aSessionIdIsNeverWrittenIntoTheKeptLinks() {
        FragmentMemo memo = memo(true);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things");
        MockHttpServletResponse response = new MockHttpServletResponse() {
            @Override
            public String encodeURL(String url) {
                return url + ";jsessionid=SECRET";
            }
        };
        String html = memo.render(TEMPLATE, "rows", Map.of("rows", List.of(new Row(7, "戊"))), request, response);
        assertThat(html).contains("href=\"/things/7\"").doesNotContain("SECRET");
    }
}
