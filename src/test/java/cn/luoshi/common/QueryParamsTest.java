package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Parameters read as the binder would: blank is absent, text is stripped, a wrong value is refused in Chinese. */
class QueryParamsTest {

    @Test
    void readsNumbersChoicesAndTextAndRefusesWhatIsNotOne() {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.addParameter("year", "2026");
        r.addParameter("unit", " 70 ");
        r.addParameter("day", "MONDAY");
        r.addParameter("q", "\u3000老旧小区 ");
        r.addParameter("blank", "  ");
        r.addParameter("bad", "七十");
        assertThat(QueryParams.integer(r, "year")).isEqualTo(2026);
        assertThat(QueryParams.id(r, "unit")).isEqualTo(70L);
        assertThat(QueryParams.choice(r, "day", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(QueryParams.text(r, "q")).isEqualTo("老旧小区");
        assertThat(QueryParams.text(r, "blank")).isNull();
        assertThat(QueryParams.integer(r, "absent")).isNull();
        assertThatThrownBy(() -> QueryParams.id(r, "bad")).isInstanceOf(InvalidInputException.class)
                .hasMessage("参数 bad 的值无法识别");
        assertThatThrownBy(() -> QueryParams.choice(r, "bad", DayOfWeek.class))
                .isInstanceOf(InvalidInputException.class);
    }
}
