package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.petitions.PetitionLimits.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 信访工作条例（2022）的时限, counted across holidays and 调休 on the shipped 2025 calendar. */
class PetitionLimitsTests {

    static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();
    static final PetitionLimits L = PetitionLimits.REGULATION_2022;

    @Test
    void thePresetCarriesTheArticlesOfTheRegulation() {
        assertThat(L.limit(Kind.REGISTRATION)).isEqualTo(
                new PetitionLimits.Limit(15, PetitionLimits.DayCount.CALENDAR_DAYS_ROLL_FORWARD, "第二十二条"));
        assertThat(L.limit(Kind.ACCEPTANCE).article()).isEqualTo("第二十三条");
        assertThat(L.limit(Kind.HANDLING).days()).isEqualTo(60);
        assertThat(L.limit(Kind.HANDLING).article()).isEqualTo("第三十四条");
        assertThat(L.limit(Kind.EXTENSION).days()).isEqualTo(30);
        assertThat(L.limit(Kind.REVIEW_REQUEST).article()).isEqualTo("第三十五条");
        assertThat(L.limit(Kind.RECHECK_ANSWER).article()).isEqualTo("第三十六条");
        assertThat(L.limit(Kind.OBJECTION).text()).isEqualTo("5个工作日");
        assertThat(PetitionLimits.preset("信访工作条例（2022）")).isSameAs(L);
        assertThatThrownBy(() -> PetitionLimits.preset("信访条例2005")).hasMessageContaining("未知的信访时限预设");
    }

    @Test
    void sixtyDaysOfHandlingThatEndOnNationalDayEndOnTheFirstWorkingDayAfterIt() {
        // accepted 2 Aug 2025: day 60 is 1 Oct 2025, inside 国庆中秋 1–8 Oct → 9 Oct
        assertThat(LocalDate.of(2025, 8, 2).plusDays(60)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(L.due(Kind.HANDLING, LocalDate.of(2025, 8, 2), CAL)).isEqualTo(LocalDate.of(2025, 10, 9));
        // accepted 1 Aug: day 60 is 30 Sep, a working day → stays
        assertThat(L.due(Kind.HANDLING, LocalDate.of(2025, 8, 1), CAL)).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aLimitEndingOnAMakeUpSaturdayEndsThatSaturday() {
        // 11 Oct 2025 is a Saturday worked for 国庆节 (调休): 15 days from 26 Sep end there
        assertThat(L.due(Kind.ACCEPTANCE, LocalDate.of(2025, 9, 26), CAL)).isEqualTo(LocalDate.of(2025, 10, 11));
        // an ordinary Saturday rolls to Monday
        assertThat(L.due(Kind.ACCEPTANCE, LocalDate.of(2025, 6, 6), CAL)).isEqualTo(LocalDate.of(2025, 6, 23));
    }

    @Test
    void theExtensionAddsAtMostThirtyDays() {
        LocalDate accepted = LocalDate.of(2025, 3, 3);
        // 3 Mar + 60 = 2 May 2025, inside 劳动节 1–5 May → 6 May
        assertThat(L.handlingDue(accepted, 0, CAL)).isEqualTo(LocalDate.of(2025, 5, 6));
        // 3 Mar + 90 = 1 Jun 2025, 端午 31 May–2 Jun → 3 Jun
        assertThat(L.handlingDue(accepted, 30, CAL)).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThatThrownBy(() -> L.handlingDue(accepted, 31, CAL)).hasMessageContaining("延期不得超过30日")
                .hasMessageContaining("第三十四条");
    }

    @Test
    void theObjectionCountsFiveWorkingDaysAcrossSpringFestival() {
        // received Fri 24 Jan 2025: Sun 26 Jan (调休, worked) 1, Mon 27 Jan 2, 28 Jan–4 Feb off, 5, 6, 7 Feb → 3, 4, 5
        assertThat(L.due(Kind.OBJECTION, LocalDate.of(2025, 1, 24), CAL)).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    void reviewAndRecheckRunThirtyDaysEach() {
        LocalDate answered = LocalDate.of(2025, 4, 10);
        LocalDate lastRequestDay = L.due(Kind.REVIEW_REQUEST, answered, CAL);
        assertThat(lastRequestDay).isEqualTo(LocalDate.of(2025, 5, 12)); // 10 May is a Saturday → Monday 12 May
        assertThat(L.due(Kind.REVIEW_ANSWER, LocalDate.of(2025, 5, 6), CAL)).isEqualTo(LocalDate.of(2025, 6, 5));
        assertThat(L.due(Kind.RECHECK_REQUEST, LocalDate.of(2025, 9, 1), CAL)).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void aLocalRuleCanShortenALimitAndSaysSo() {
        PetitionLimits local = L.with(Kind.HANDLING, 30, "区信访联席会议纪要");
        assertThat(local.limit(Kind.HANDLING).days()).isEqualTo(30);
        assertThat(local.source()).contains("办理调整为30日");
        assertThat(L.limit(Kind.HANDLING).days()).isEqualTo(60);
    }

    @Test
    void lightsTurnYellowNearTheEndRedAfterItAndStopWhenAnswered() {
        LocalDate due = LocalDate.of(2025, 10, 9);
        assertThat(ClockLight.of(due, null, LocalDate.of(2025, 9, 1), 3, CAL)).isEqualTo(ClockLight.GREEN);
        // 30 Sep → 9 Oct: only 30 Sep? no: working days strictly after 30 Sep up to 9 Oct are 9 Oct → 1
        assertThat(ClockLight.of(due, null, LocalDate.of(2025, 9, 30), 3, CAL)).isEqualTo(ClockLight.YELLOW);
        assertThat(ClockLight.of(due, null, LocalDate.of(2025, 10, 10), 3, CAL)).isEqualTo(ClockLight.RED);
        assertThat(ClockLight.of(due, LocalDate.of(2025, 10, 9), LocalDate.of(2025, 12, 1), 3, CAL))
                .isEqualTo(ClockLight.DONE_ON_TIME);
        assertThat(ClockLight.of(due, LocalDate.of(2025, 10, 10), LocalDate.of(2025, 12, 1), 3, CAL))
                .isEqualTo(ClockLight.DONE_LATE);
    }

    // ---- 听证 (第三十六条: 听证所需时间不计算在复核期限内) -------------------------------------------------------------

    static LocalDate recheckDue(LocalDate requested, LocalDate from, LocalDate to, LocalDate today) {
        return L.recheckAnswerDue(requested, from == null ? null : new PetitionLimits.Hearing(from, to), today, CAL);
    }

    @Test
    void hearingDaysAreNotCountedAndTheLastDayStillRollsPastNationalDay() {
        LocalDate requested = LocalDate.of(2025, 8, 20);
        // without a hearing: 20 Aug + 30 = 19 Sep (a Friday)
        assertThat(recheckDue(requested, null, null, requested)).isEqualTo(LocalDate.of(2025, 9, 19));
        // a hearing 1–12 Sep (12 days) moves the 30th counted day to 1 Oct, inside 国庆中秋 1–8 Oct → 9 Oct
        assertThat(recheckDue(requested, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 12), requested))
                .isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(new PetitionLimits.Hearing(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 12)).days(requested))
                .isEqualTo(12);
    }

    @Test
    void aHearingAfterTheLastDayChangesNothingAndOneBeforeTheRequestOnlyItsLaterDays() {
        LocalDate requested = LocalDate.of(2025, 3, 3);
        assertThat(recheckDue(requested, null, null, requested)).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(recheckDue(requested, LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 12), requested))
                .isEqualTo(LocalDate.of(2025, 4, 2));
        // hearing 1–5 Mar, requested 3 Mar: 4 and 5 Mar are not counted → 4 Apr, 清明 4–6 Apr → 7 Apr
        assertThat(recheckDue(requested, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5), requested))
                .isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void aHearingStillGoingOnPausesTheClockDayByDay() {
        LocalDate requested = LocalDate.of(2025, 3, 3);
        LocalDate from = LocalDate.of(2025, 3, 10);
        // on 20 Mar: 10–20 Mar paused (11 days) → 2 Apr + 11 = 13 Apr, a Sunday → 14 Apr
        assertThat(recheckDue(requested, from, null, LocalDate.of(2025, 3, 20))).isEqualTo(LocalDate.of(2025, 4, 14));
        // on 25 Mar: 16 days → 18 Apr (a Friday)
        assertThat(recheckDue(requested, from, null, LocalDate.of(2025, 3, 25))).isEqualTo(LocalDate.of(2025, 4, 18));
        assertThatThrownBy(() -> new PetitionLimits.Hearing(from, from.minusDays(1)))
                .hasMessageContaining("听证结束日期不能早于开始日期");
    }
}
