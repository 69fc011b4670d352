package cn.luoshi.ledger.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportDatesTest {

    @ParameterizedTest(name = "「{0}」 means {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-06-30|2026-06-30", "2026/6/30|2026-06-30", "2026.6.30|2026-06-30", "2026年6月30日|2026-06-30",
            "2026年6月30日前|2026-06-30", "２０２６年６月３０日|2026-06-30", "20260630|2026-06-30",
            "6月30日|2025-06-30", "6/30|2025-06-30", "6月底|2025-06-30", "6月底前|2025-06-30", "2月底|2025-02-28",
            "2028年2月|2028-02-29", "2027年6月底|2027-06-30", "年底|2025-12-31", "2027年底|2027-12-31",
            "上半年|2025-06-30", " 2026 年 6 月 30 日 |2026-06-30"})
    void textDatesAreReadAgainstTheCurrentYearWhenTheyHaveNone(String text, LocalDate expected) {
        assertThat(ImportDates.parse(text, 2025)).contains(expected);
    }

    @ParameterizedTest(name = "「{0}」 is not a date")
    @ValueSource(strings = {"2026年2月30日", "13月底", "下个月吧", "长期坚持", "", "30", "6月中旬"})
    void impossibleOrVagueDatesAreNotGuessed(String text) {
        assertThat(ImportDates.parse(text, 2025)).isEmpty();
    }

    @ParameterizedTest(name = "title 「{0}」")
    @CsvSource(delimiter = '|', value = {"2026年2月10日全区城市提质工作会议讲话|2026-02-10",
            "在全区大会上的讲话（2026.3.5）|2026-03-05"})
    void aDirectiveTitleCanCarryItsDate(String title, LocalDate expected) {
        assertThat(ImportDates.findIn(title)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aTitleWithoutADateHasNone() {
        assertThat(ImportDates.findIn("在全区城市提质工作会议上的讲话")).isEmpty();
    }
}
