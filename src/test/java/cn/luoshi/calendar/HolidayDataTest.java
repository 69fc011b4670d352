package cn.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayDataTest {

    private final HolidayData data = HolidayData.chinaMainland();

    @Test
    void shippedDataCoversTwentyTwentyFourToTwentyTwentySixWithAttribution() {
        assertThat(data.yearNumbers()).containsExactly(2024, 2025, 2026);
        assertThat(data.source()).contains("chinese-days");
        assertThat(data.licence()).contains("MIT");
        assertThat(data.years()).allSatisfy(y -> assertThat(y.notice()).startsWith("https://www.gov.cn/"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void everyYearHasTheSevenStatutoryFestivals(int year) {
        List<String> names = year(year).holidays().stream().map(HolidayPeriod::name).toList();
        for (String festival : List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")) {
            assertThat(names).as("%d %s", year, festival).anyMatch(n -> n.contains(festival));
        }
    }

    /**
     * 调休 only moves days: a year loses exactly its statutory days off (11 until 2024, 13 from 2025 by the
     * 2024 revision of the holiday regulation), so working days = Mon–Fri days - statutory days.
     */
    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void swappedDaysCancelOutSoEachYearLosesExactlyItsStatutoryDaysOff(int year) {
        int statutoryDaysOff = year <= 2024 ? 11 : 13;
        WorkingDayCalendar calendar = WorkingDayCalendar.of(data, List.of());
        long mondayToFriday = Stream.iterate(LocalDate.of(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
        assertThat(calendar.countWorkingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .isEqualTo(mondayToFriday - statutoryDaysOff);
    }

    @Test
    void nationalDayAndMidAutumn2025AreOneEightDayBlockWithTwoMakeUpDays() {
        HolidayPeriod block = period(2025, "国庆节");
        assertThat(block.name()).isEqualTo("国庆节、中秋节");
        assertThat(block.dates()).first().isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(block.dates()).last().isEqualTo(LocalDate.of(2025, 10, 8));
        assertThat(block.dates()).hasSize(8);
        assertThat(makeUpDays(2025)).contains(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        assertThat(LocalDate.of(2025, 9, 28).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(LocalDate.of(2025, 10, 11).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void springFestival2026RunsNineDaysWithTwoSaturdaysWorked() {
        HolidayPeriod block = period(2026, "春节");
        assertThat(block.dates()).first().isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(block.dates()).last().isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(block.dates()).hasSize(9);
        assertThat(year(2026).makeUpWorkdays()).filteredOn(m -> m.forHoliday().equals("春节"))
                .extracting(MakeUpWorkday::date)
                .containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
    }

    @Test
    void labourDay2024RunsMayFirstToFifthWithTwoWeekendDaysWorked() {
        HolidayPeriod block = period(2024, "劳动节");
        assertThat(block.dates()).containsExactly(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2),
                LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 5));
        assertThat(year(2024).makeUpWorkdays()).filteredOn(m -> m.forHoliday().equals("劳动节"))
                .extracting(MakeUpWorkday::date)
                .containsExactly(LocalDate.of(2024, 4, 28), LocalDate.of(2024, 5, 11));
    }

    @Test
    void readingRejectsAMakeUpDayThatIsNotAWeekendDay() {
        String json = """
                {"years":[{"year":2025,"holidays":[],
                  "makeUpWorkdays":[{"date":"2025-09-29","for":"国庆节"}]}]}""";
        assertThatThrownBy(() -> HolidayData.read(stream(json)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-09-29");
    }

    @Test
    void readingRejectsADayThatIsBothOffAndWorked() {
        String json = """
                {"years":[{"year":2025,"holidays":[{"name":"国庆节","dates":["2025-10-11"]}],
                  "makeUpWorkdays":[{"date":"2025-10-11","for":"国庆节"}]}]}""";
        assertThatThrownBy(() -> HolidayData.read(stream(json))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingRejectsADateFiledUnderTheWrongYear() {
        String json = """
                {"years":[{"year":2025,"holidays":[{"name":"元旦","dates":["2026-01-01"]}],"makeUpWorkdays":[]}]}""";
        assertThatThrownBy(() -> HolidayData.read(stream(json))).isInstanceOf(IllegalArgumentException.class);
    }

    private YearArrangement year(int year) {
        return data.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private HolidayPeriod period(int year, String festival) {
        return year(year).holidays().stream().filter(h -> h.name().contains(festival)).findFirst().orElseThrow();
    }

    private List<LocalDate> makeUpDays(int year) {
        return year(year).makeUpWorkdays().stream().map(MakeUpWorkday::date).toList();
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
