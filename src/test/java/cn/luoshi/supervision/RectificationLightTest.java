package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.ledger.light.LightVerdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 整改事项亮灯 by the tasks' rule. An item opened Monday 2 November 2026 with a deadline of Friday 27 November has 19
 * working days; on Friday 13 November 9 have passed, so 序时进度 is 9/19 = 47.37%.
 */
class RectificationLightTest {

    static final LocalDate OPENED = LocalDate.of(2026, 11, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 11, 27);
    static final LocalDate MID = LocalDate.of(2026, 11, 13);

    private final RectificationLight rule = new RectificationLight(WorkingDayCalendar.chinaMainland(),
            LightPolicy.defaults(), 1);

    private LightVerdict at(RectificationStatus status, String percent, LocalDate doneOn, LocalDate today) {
        return rule.evaluate(new RectificationLight.Facts(status, OPENED, DEADLINE,
                percent == null ? null : new BigDecimal(percent), doneOn), today);
    }

    @Test
    void anItemOnScheduleIsGreenWithItsCountdownInWorkingDays() {
        LightVerdict v = at(RectificationStatus.IN_PROGRESS, "40", null, MID);
        assertThat(v.light()).isEqualTo(Light.GREEN);
        assertThat(v.reason()).isEqualTo("落后序时进度7.37个百分点，在容许范围内");
        assertThat(v.countdownText()).isEqualTo("剩余10个工作日");
    }

    @Test
    void anItemFarBehindSchedulIsRedAndOneWithoutAnyReportSaysSo() {
        assertThat(at(RectificationStatus.IN_PROGRESS, "10", null, MID).reason()).isEqualTo("落后序时进度37.37个百分点");
        LightVerdict none = at(RectificationStatus.IN_PROGRESS, null, null, MID);
        assertThat(none.light()).isEqualTo(Light.RED);
        assertThat(none.reason()).isEqualTo("落后序时进度47.37个百分点（尚未报送整改进展）");
    }

    @Test
    void anItemNearItsDeadlineIsYellowAndAnOverdueOneRed() {
        LightVerdict near = at(RectificationStatus.IN_PROGRESS, "90", null, LocalDate.of(2026, 11, 23));
        assertThat(near.light()).isEqualTo(Light.YELLOW);
        assertThat(near.reason()).isEqualTo("距完成时限还剩4个工作日");
        LightVerdict late = at(RectificationStatus.IN_PROGRESS, "100", null, LocalDate.of(2026, 11, 30));
        assertThat(late.light()).isEqualTo(Light.RED);
        assertThat(late.reason()).isEqualTo("已逾期1个工作日");
        assertThat(late.countdownText()).isEqualTo("已逾期1个工作日");
    }

    @Test
    void anItemNotStartedWithinTheAcceptanceTimeIsRedLikeATaskNotSignedFor() {
        assertThat(at(RectificationStatus.OPEN, null, null, OPENED).light()).isEqualTo(Light.GREEN);
        assertThat(at(RectificationStatus.OPEN, null, null, LocalDate.of(2026, 11, 3)).light())
                .isEqualTo(Light.GREEN);
        LightVerdict v = at(RectificationStatus.OPEN, null, null, LocalDate.of(2026, 11, 4));
        assertThat(v.light()).isEqualTo(Light.RED);
        assertThat(v.reason()).isEqualTo("超期未启动整改");
    }

    @Test
    void aClosedItemIsBlueAndSaysWhenItsResultCameLate() {
        LightVerdict onTime = at(RectificationStatus.CLOSED, "100", LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 10));
        assertThat(onTime.light()).isEqualTo(Light.BLUE);
        assertThat(onTime.reason()).isEqualTo("已销号");
        assertThat(onTime.countdownText()).isNull();
        assertThat(at(RectificationStatus.CLOSED, "100", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10))
                .reason()).isEqualTo("已销号（超期2个工作日）");
    }

    // ---- 已整改待销号: judged by the day the result was reported, not by today ----------------------------------------

    @Test
    void anItemReportedOnItsDeadlineStaysGreenWhileItWaitsForClosureLongAfter() {
        for (LocalDate today : new LocalDate[] {DEADLINE, LocalDate.of(2026, 11, 30), LocalDate.of(2027, 3, 1)}) {
            LightVerdict v = at(RectificationStatus.RECTIFIED, "100", DEADLINE, today);
            assertThat(v.light()).as(today.toString()).isEqualTo(Light.GREEN);
            assertThat(v.reason()).isEqualTo("已按期整改，待销号");
            assertThat(v.countdownText()).as("no countdown while waiting").isNull();
            assertThat(v.countdownWorkingDays()).isNull();
            assertThat(v.lagPoints()).isNull();
        }
        assertThat(at(RectificationStatus.RECTIFIED, "100", OPENED, LocalDate.of(2026, 12, 31)).reason())
                .isEqualTo("已按期整改，待销号");
    }

    @Test
    void anItemReportedLateIsYellowWithTheDaysLateAtTheReportWhichDoNotGrowWhileWaiting() {
        LocalDate monday = LocalDate.of(2026, 11, 30); // the first working day after the Friday deadline
        for (LocalDate today : new LocalDate[] {monday, LocalDate.of(2026, 12, 15), LocalDate.of(2027, 3, 1)}) {
            LightVerdict v = at(RectificationStatus.RECTIFIED, "100", monday, today);
            assertThat(v.light()).as(today.toString()).isEqualTo(Light.YELLOW);
            assertThat(v.reason()).isEqualTo("超期1个工作日整改，待销号");
            assertThat(v.countdownText()).isNull();
        }
        assertThat(at(RectificationStatus.RECTIFIED, "100", LocalDate.of(2026, 12, 4), LocalDate.of(2027, 3, 1))
                .reason()).isEqualTo("超期5个工作日整改，待销号");
    }

    @Test
    void aReportOnTheWeekendRightAfterTheDeadlineIsLateByLessThanAWorkingDay() {
        LightVerdict v = at(RectificationStatus.RECTIFIED, "100", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 9));
        assertThat(v.light()).isEqualTo(Light.YELLOW);
        assertThat(v.reason()).isEqualTo("超期不足1个工作日整改，待销号");
    }

    @Test
    void theDaysLateAreWorkingDaysSoTheNationalDayHolidayDoesNotCount() {
        LocalDate deadline = LocalDate.of(2026, 9, 30);
        LightVerdict onHoliday = rule.evaluate(new RectificationLight.Facts(RectificationStatus.RECTIFIED,
                LocalDate.of(2026, 9, 1), deadline, new BigDecimal("100"), LocalDate.of(2026, 10, 7)),
                LocalDate.of(2026, 10, 20));
        assertThat(onHoliday.reason()).isEqualTo("超期不足1个工作日整改，待销号");
        LightVerdict firstDayBack = rule.evaluate(new RectificationLight.Facts(RectificationStatus.RECTIFIED,
                LocalDate.of(2026, 9, 1), deadline, new BigDecimal("100"), LocalDate.of(2026, 10, 8)),
                LocalDate.of(2026, 10, 20));
        assertThat(firstDayBack.reason()).isEqualTo("超期1个工作日整改，待销号");
    }

    @Test
    void theSameLateItemStillBeingWorkedOnIsRedAndOnceClosedBlue() {
        LocalDate today = LocalDate.of(2026, 12, 15);
        LightVerdict working = at(RectificationStatus.IN_PROGRESS, "100", null, today);
        assertThat(working.light()).isEqualTo(Light.RED);
        assertThat(working.reason()).isEqualTo("已逾期12个工作日");
        assertThat(at(RectificationStatus.RECTIFIED, "100", LocalDate.of(2026, 11, 30), today).light())
                .isNotEqualTo(Light.RED);
        assertThat(at(RectificationStatus.CLOSED, "100", LocalDate.of(2026, 11, 30), today).reason())
                .isEqualTo("已销号（超期1个工作日）");
    }

    @Test
    void anItemWaitingWithoutAKnownReportDayIsJudgedAsReportedTodayAndNeverRed() {
        assertThat(at(RectificationStatus.RECTIFIED, "100", null, DEADLINE).light()).isEqualTo(Light.GREEN);
        LightVerdict v = at(RectificationStatus.RECTIFIED, "100", null, LocalDate.of(2026, 12, 1));
        assertThat(v.light()).isEqualTo(Light.YELLOW);
        assertThat(v.reason()).isEqualTo("超期2个工作日整改，待销号");
    }
}
