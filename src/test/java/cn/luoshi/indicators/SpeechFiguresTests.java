package cn.luoshi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching a speech's figure to an indicator and a month, and when two numbers agree (000's and 004's wording). */
class SpeechFiguresTests {

    static Indicator ind(String code, String name) {
        return new Indicator(1, code, name, "亿元", "MONTHLY", "LEVEL_AND_GROWTH", true, null, null, null, 0, 0);
    }

    static final List<Indicator> CATALOGUE = List.of(ind("GDP", "地区生产总值"), ind("FAI", "固定资产投资"),
            ind("RETAIL", "社会消费品零售总额"), ind("REV", "一般公共预算收入"), ind("INDOUT", "规模以上工业总产值"),
            ind("IND", "规模以上工业增加值"));

    static String code(String subject) {
        Indicator i = SpeechFigures.indicatorFor(subject, CATALOGUE);
        return i == null ? null : i.code();
    }

    @Test
    void subjectsAsTheSpeechesWriteThem() {
        assertThat(code("生产总值增速")).isEqualTo("GDP");
        assertThat(code("固定资产投资增速")).isEqualTo("FAI");
        assertThat(code("社会消费品零售总额增速")).isEqualTo("RETAIL");
        assertThat(code("一般公共预算收入增速")).isEqualTo("REV");
        assertThat(code("地方一般公共预算收入")).isEqualTo("REV");
        assertThat(code("区GDP")).isEqualTo("GDP");
        assertThat(code("全区规上工业增加值")).isEqualTo("IND");
    }

    @Test
    void anEnterprisesOrAnotherSubjectIsNotTheDistricts() {
        assertThat(code("湘钢工业总产值")).isNull();
        assertThat(code("开发投资")).isNull();
        assertThat(code("绩效考核")).isNull();
        assertThat(code(null)).isNull();
    }

    @Test
    void periodsAgainstTheSpeechsDate() {
        LocalDate oct = LocalDate.of(2025, 10, 20);
        assertThat(SpeechFigures.period("去年", oct)).isEqualTo(YearMonth.of(2024, 12));
        assertThat(SpeechFigures.period("三季度", oct)).isEqualTo(YearMonth.of(2025, 9));
        assertThat(SpeechFigures.period("前三季度", oct)).isEqualTo(YearMonth.of(2025, 9));
        assertThat(SpeechFigures.period("上半年", oct)).isEqualTo(YearMonth.of(2025, 6));
        assertThat(SpeechFigures.period("上半年", LocalDate.of(2025, 3, 1))).isEqualTo(YearMonth.of(2024, 6));
        assertThat(SpeechFigures.period("1-10月", LocalDate.of(2025, 11, 15))).isEqualTo(YearMonth.of(2025, 10));
        assertThat(SpeechFigures.period("1–10月", LocalDate.of(2025, 11, 15))).isEqualTo(YearMonth.of(2025, 10));
        assertThat(SpeechFigures.period("2022年", oct)).isEqualTo(YearMonth.of(2022, 12));
        assertThat(SpeechFigures.period("行业上半年呈负增长", oct)).isEqualTo(YearMonth.of(2025, 6));
        assertThat(SpeechFigures.period(null, oct)).isNull();
        assertThat(SpeechFigures.period("近年来", oct)).isNull();
    }

    @Test
    void aNumberAgreesWhenTheStoredOneRoundedToTheSpeechsDecimalsIsIt() {
        assertThat(SpeechFigures.agrees(new BigDecimal("-1.7"), new BigDecimal("-1.70"))).isTrue();
        assertThat(SpeechFigures.agrees(new BigDecimal("-1.7"), new BigDecimal("-1.6"))).isFalse();
        assertThat(SpeechFigures.agrees(new BigDecimal("-1"), new BigDecimal("-1.04"))).isTrue();
        assertThat(SpeechFigures.agrees(new BigDecimal("-16.39"), new BigDecimal("-16.39"))).isTrue();
        assertThat(SpeechFigures.agrees(new BigDecimal("-16.39"), new BigDecimal("-16.4"))).isFalse();
        assertThat(SpeechFigures.agrees(new BigDecimal("63"), new BigDecimal("63"))).isTrue();
        assertThat(SpeechFigures.agrees(new BigDecimal("4.98"), null)).isFalse();
    }

    @Test
    void unitsConvertBetween亿元And万元Only() {
        assertThat(SpeechFigureCheck.convert(new BigDecimal("4.98"), "亿元", "万元")).isEqualByComparingTo("49800");
        assertThat(SpeechFigureCheck.convert(new BigDecimal("49800"), "万元", "亿元")).isEqualByComparingTo("4.98");
        assertThat(SpeechFigureCheck.convert(new BigDecimal("4.98"), "亿元", "元")).isNull();
    }
}
