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
        LightVerdict late = at(RectificationStatus.RECTIFIED, "100", null, LocalDate.of(2026, 11, 30));
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
}
