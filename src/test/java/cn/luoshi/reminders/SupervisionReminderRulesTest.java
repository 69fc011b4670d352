package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.supervision.OpenOrder;
import cn.luoshi.supervision.OpenRectification;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupervisionReminderRulesTest {

    // Thursday 2026-09-24: 中秋 9-25…27 and 国庆 10-1…7 are holidays (State Council notice for 2026).
    final ReminderContext thursday = new ReminderContext(Instant.parse("2026-09-24T02:00:00Z"),
            LocalDate.of(2026, 9, 24), WorkingDayCalendar.chinaMainland());
    final SupervisionReminderRules rules = new SupervisionReminderRules(thursday, 2);

    @Test
    void anOrderDueWithinTwoWorkingDaysRemindsTheUnitOnceForItsDeadline() {
        var order = new OpenOrder(7, "督办〔2026〕第7号", 42, 3, LocalDate.of(2026, 9, 28));
        DueItem item = rules.order(order).orElseThrow();
        assertThat(item.cause()).isEqualTo(SupervisionCause.ORDER_RESPONSE_DUE);
        assertThat(item.audience()).isEqualTo(Audience.UNIT);
        assertThat(item.periodKey()).isEqualTo("due:2026-09-28");
        assertThat(item.text()).as("four calendar days, one working day").contains("督办〔2026〕第7号")
                .contains("还剩1个工作日");
        assertThat(item.link()).isEqualTo("/supervision/orders/7");
    }

    @Test
    void overTheHolidayFewWorkingDaysRemainSoAFarDateIsNotYetDue() {
        // 10-08 is two weeks away, four working days (9-28, 9-29, 9-30, 10-8): not yet; 9-29 is two: due.
        assertThat(rules.order(new OpenOrder(8, "第8号", 42, 3, LocalDate.of(2026, 10, 8)))).isEmpty();
        assertThat(rules.order(new OpenOrder(9, "第9号", 42, 3, LocalDate.of(2026, 9, 29)))).isPresent();
    }

    @Test
    void anOverdueOrderAlsoTellsTheOffice() {
        DueItem item = rules.order(new OpenOrder(5, "第5号", 42, 3, LocalDate.of(2026, 9, 22))).orElseThrow();
        assertThat(item.cause()).isEqualTo(SupervisionCause.ORDER_RESPONSE_OVERDUE);
        assertThat(item.audience()).isEqualTo(Audience.UNIT_AND_SUPERVISORS);
        assertThat(item.text()).contains("已超期2个工作日");
    }

    @Test
    void rectificationsFollowTheSameRule() {
        assertThat(rules.rectification(new OpenRectification(1, 3, LocalDate.of(2026, 9, 24), "补齐台账"))
                .orElseThrow().text()).contains("今天到期");
        assertThat(rules.rectification(new OpenRectification(2, 3, LocalDate.of(2026, 9, 23), "补齐台账"))
                .orElseThrow().cause()).isEqualTo(SupervisionCause.RECTIFICATION_OVERDUE);
        assertThat(rules.rectification(new OpenRectification(3, 3, LocalDate.of(2026, 12, 31), "补齐台账")))
                .isEmpty();
    }
}
