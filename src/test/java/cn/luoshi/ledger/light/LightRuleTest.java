package cn.luoshi.ledger.light;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.luoshi.calendar.WorkingDayCalendar;

class LightRuleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
    private final LightRule rule = new LightRule(calendar, LightPolicy.defaults());

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** A task in progress on Wed 2025-11-05, deadline far away (2025-12-31), planned 50%. */
    private static LightInput midway(Double actual) {
        return LightInput.inProgress(d(2025, 9, 1), d(2025, 12, 31), d(2025, 11, 5), 50.0, actual);
    }

    // --- lag boundaries ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} points behind → {1}")
    @CsvSource({
            "0,     GREEN",
            "9.99,  GREEN",
            "10,    YELLOW",
            "18,    YELLOW",
            "30,    YELLOW",
            "30.01, RED",
            "50,    RED"})
    void theLagBehindScheduleSetsTheLight(double pointsBehind, Light expected) {
        LightVerdict verdict = rule.evaluate(midway(50.0 - pointsBehind));
        assertThat(verdict.light()).isEqualTo(expected);
        assertThat(verdict.lagPoints()).isEqualByComparingTo(BigDecimal.valueOf(pointsBehind));
    }

    @Test
    void aYellowLagIsExplainedInPoints() {
        LightVerdict verdict = rule.evaluate(midway(32.0));
        assertThat(verdict.light()).isEqualTo(Light.YELLOW);
        assertThat(verdict.reason()).isEqualTo("落后序时进度18个百分点");
    }

    @Test
    void aRedLagIsExplainedInPointsWithDecimals() {
        LightVerdict verdict = rule.evaluate(midway(19.99));
        assertThat(verdict.light()).isEqualTo(Light.RED);
        assertThat(verdict.reason()).isEqualTo("落后序时进度30.01个百分点");
    }

    @Test
    void theLagIsJudgedAsShownRoundedToHundredthsOfAPoint() {
        assertThat(rule.evaluate(midway(40.004)).light()).as("9.996 shows as 10").isEqualTo(Light.YELLOW);
        assertThat(rule.evaluate(midway(40.006)).light()).as("9.994 shows as 9.99").isEqualTo(Light.GREEN);
    }

    @Test
    void beingAheadOfScheduleIsGreenAndSaysByHowMuch() {
        LightVerdict verdict = rule.evaluate(midway(55.0));
        assertThat(verdict.light()).isEqualTo(Light.GREEN);
        assertThat(verdict.reason()).isEqualTo("超前序时进度5个百分点");
        assertThat(rule.evaluate(midway(50.0)).reason()).isEqualTo("符合序时进度");
        assertThat(rule.evaluate(midway(45.5)).reason()).isEqualTo("落后序时进度4.5个百分点，在容许范围内");
    }

    @Test
    void withoutAnyReportTheTaskCountsAsZeroPercentDone() {
        LightVerdict verdict = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 12, 31),
                d(2025, 9, 20), 20.0, null));
        assertThat(verdict.light()).isEqualTo(Light.YELLOW);
        assertThat(verdict.reason()).isEqualTo("落后序时进度20个百分点（尚未报送进展）");
    }

    // --- deadline ------------------------------------------------------------------------------------------------

    @Test
    void aDeadlineFiveWorkingDaysAwayAcrossTheNationalDayBreakIsYellowAndSixIsGreen() {
        // From Thu 09-25: Fri 09-26, Sun 09-28 (调休), Mon 09-29, Tue 09-30, Thu 10-09 — then Fri 10-10
        LocalDate today = d(2025, 9, 25);
        LightVerdict five = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 10, 9), today, 80.0, 80.0));
        LightVerdict six = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 10, 10), today, 80.0, 80.0));
        assertThat(five.light()).isEqualTo(Light.YELLOW);
        assertThat(five.reason()).isEqualTo("距完成时限还剩5个工作日");
        assertThat(five.countdownWorkingDays()).isEqualTo(5);
        assertThat(six.light()).isEqualTo(Light.GREEN);
        assertThat(six.countdownText()).isEqualTo("剩余6个工作日");
    }

    @Test
    void aTaskDueTodayIsYellow() {
        LightVerdict verdict = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 10, 9), d(2025, 10, 9),
                100.0, 95.0));
        assertThat(verdict.light()).isEqualTo(Light.YELLOW);
        assertThat(verdict.reason()).isEqualTo("今日到期");
        assertThat(verdict.countdownWorkingDays()).isZero();
    }

    @Test
    void anOverdueTaskIsRedAndListsEveryRedReason() {
        LightVerdict verdict = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 9, 30), d(2025, 10, 13),
                100.0, 60.0).withReportMissing(true));
        assertThat(verdict.light()).isEqualTo(Light.RED);
        // 10-09, 10-10, 10-11 (调休), 10-13; the missing report is only yellow so it is not decisive.
        assertThat(verdict.reason()).isEqualTo("已逾期4个工作日；落后序时进度40个百分点");
        assertThat(verdict.countdownWorkingDays()).isEqualTo(-4);
        assertThat(verdict.countdownText()).isEqualTo("已逾期4个工作日");
    }

    @Test
    void aTaskFullyReportedButNotClosedIsStillRedOnceOverdue() {
        LightVerdict verdict = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 9, 30), d(2025, 10, 9),
                100.0, 100.0));
        assertThat(verdict.light()).isEqualTo(Light.RED);
        assertThat(verdict.reason()).isEqualTo("已逾期1个工作日");
    }

    @Test
    void aNearDeadlineIsNotMentionedWhenTheLagAloneMakesTheTaskRed() {
        // Wed 11-05 -> Mon 11-10: three working days left (yellow), 40 points behind (red).
        LightVerdict verdict = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 11, 10), d(2025, 11, 5),
                90.0, 50.0));
        assertThat(verdict.light()).isEqualTo(Light.RED);
        assertThat(verdict.reasons()).containsExactly("落后序时进度40个百分点");
        assertThat(verdict.countdownText()).isEqualTo("剩余3个工作日");
    }

    @Test
    void allYellowReasonsAreListedDeadlineFirstThenLagThenReport() {
        LightVerdict verdict = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 11, 10), d(2025, 11, 5),
                90.0, 70.0).withReportMissing(true));
        assertThat(verdict.light()).isEqualTo(Light.YELLOW);
        assertThat(verdict.reason()).isEqualTo("距完成时限还剩3个工作日；落后序时进度20个百分点；未按时报送进展");
    }

    // --- reports and acceptance ---------------------------------------------------------------------------------

    @Test
    void aMissingReportIsYellow() {
        LightVerdict verdict = rule.evaluate(midway(50.0).withReportMissing(true));
        assertThat(verdict.light()).isEqualTo(Light.YELLOW);
        assertThat(verdict.reason()).isEqualTo("未按时报送进展");
    }

    @Test
    void severalYellowReasonsAreAllListed() {
        LightVerdict verdict = rule.evaluate(midway(35.0).withReportMissing(true));
        assertThat(verdict.reasons()).containsExactly("落后序时进度15个百分点", "未按时报送进展");
    }

    @Test
    void theMissedReportFindingNamesThePeriodTheCallerKnows() {
        LightVerdict named = rule.evaluate(midway(35.0).withReportMissing(true)).namingMissedPeriod("2025年10月");
        assertThat(named.reasons()).containsExactly("落后序时进度15个百分点", "未按时报送2025年10月进展");
        assertThat(named.reason()).isEqualTo("落后序时进度15个百分点；未按时报送2025年10月进展");
        assertThat(named.light()).isEqualTo(Light.YELLOW);
        LightVerdict none = rule.evaluate(midway(35.0));
        assertThat(none.namingMissedPeriod("2025年10月")).isSameAs(none);
    }

    @Test
    void acceptanceOverdueIsRedEvenBeforeTheStartDate() {
        LightInput notSignedFor = new LightInput(Phase.NOT_STARTED, d(2025, 12, 1), d(2025, 12, 31),
                d(2025, 11, 5), 0.0, null, false, true, null);
        LightVerdict verdict = rule.evaluate(notSignedFor);
        assertThat(verdict.light()).isEqualTo(Light.RED);
        assertThat(verdict.reason()).isEqualTo("超期未签收");
    }

    // --- states ---------------------------------------------------------------------------------------------------

    @Test
    void aTaskNotStartedBeforeItsStartDateIsGrey() {
        LightInput future = new LightInput(Phase.NOT_STARTED, d(2025, 12, 1), d(2025, 12, 31),
                d(2025, 11, 5), 0.0, null, false, false, null);
        LightVerdict verdict = rule.evaluate(future);
        assertThat(verdict.light()).isEqualTo(Light.GREY);
        assertThat(verdict.reason()).isEqualTo("未开始");
        assertThat(verdict.countdownWorkingDays()).isPositive();
    }

    @Test
    void aTaskNotStartedAfterItsStartDateIsJudgedLikeAnyOther() {
        LightInput late = new LightInput(Phase.NOT_STARTED, d(2025, 9, 1), d(2025, 12, 31),
                d(2025, 11, 5), 20.0, null, false, false, null);
        LightVerdict verdict = rule.evaluate(late);
        assertThat(verdict.light()).isEqualTo(Light.YELLOW);
        assertThat(verdict.reason()).isEqualTo("落后序时进度20个百分点（尚未报送进展）");
    }

    @Test
    void aCompletedTaskIsBlueWhateverItsProgress() {
        LightVerdict verdict = rule.evaluate(midway(20.0).completed(d(2025, 11, 4)));
        assertThat(verdict.light()).isEqualTo(Light.BLUE);
        assertThat(verdict.reason()).isEqualTo("已办结");
        assertThat(verdict.countdownWorkingDays()).isNull();
        assertThat(verdict.lagPoints()).isNull();
    }

    @Test
    void aTaskCompletedAfterItsDeadlineSaysHowLate() {
        LightInput late = LightInput.inProgress(d(2025, 9, 1), d(2025, 9, 30), d(2025, 11, 5), 100.0, 100.0)
                .completed(d(2025, 10, 10));
        LightVerdict verdict = rule.evaluate(late);
        assertThat(verdict.light()).isEqualTo(Light.BLUE);
        assertThat(verdict.reason()).isEqualTo("已办结（超期2个工作日）");
    }

    @Test
    void aTerminatedTaskGetsNoLight() {
        LightVerdict verdict = rule.evaluate(midway(0.0).withPhase(Phase.TERMINATED));
        assertThat(verdict.light()).isEqualTo(Light.NONE);
        assertThat(verdict.reason()).isEqualTo("已终止");
    }

    // --- policy and calendar ------------------------------------------------------------------------------------

    @Test
    void aDistrictCanTightenTheThresholdsAndMakeMissingReportsRed() {
        LightRule strict = new LightRule(calendar,
                new LightPolicy(BigDecimal.valueOf(5), BigDecimal.valueOf(20), 10, Light.RED, Light.RED));
        assertThat(strict.evaluate(midway(44.0)).light()).isEqualTo(Light.YELLOW);
        assertThat(strict.evaluate(midway(29.0)).light()).isEqualTo(Light.RED);
        assertThat(strict.evaluate(midway(50.0).withReportMissing(true)).light()).isEqualTo(Light.RED);
        assertThat(rule.evaluate(midway(44.0)).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void aPolicyWithTheYellowThresholdAboveTheRedOneIsRejected() {
        assertThatThrownBy(() -> new LightPolicy(BigDecimal.valueOf(30), BigDecimal.TEN, 5, Light.YELLOW, Light.RED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LightPolicy(BigDecimal.TEN, BigDecimal.valueOf(30), 5, Light.GREEN, Light.RED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTaskRunningIntoAYearWithoutHolidayDataCarriesTheCalendarWarning() {
        LightVerdict verdict = rule.evaluate(LightInput.inProgress(d(2026, 9, 1), d(2027, 3, 31), d(2026, 11, 5),
                30.0, 30.0));
        assertThat(verdict.warnings()).containsExactly("2027年法定节假日安排尚未录入，按周一至周五计算工作日");
        assertThat(rule.evaluate(midway(50.0)).warnings()).isEmpty();
    }

    @Test
    void everyLightHasAChineseLabelAndACssSafeCode() {
        for (Light light : Light.values()) {
            assertThat(light.label()).endsWith("灯");
            assertThat(light.code()).matches("[a-z]+").isEqualTo(light.name().toLowerCase());
        }
    }
}
