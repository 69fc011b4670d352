package cn.luoshi.bulletins;

import static cn.luoshi.bulletins.Fact.d;
import static cn.luoshi.bulletins.Fact.task;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.ledger.light.ScheduleStart;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a bulletin judges 序时进度 from 交办 (the shipped default) when the task was handed over after its start
 * date — a task planned from March and given to the unit on 29 June is not 落后 / red in June's bulletin — and the
 * 口径 says so.
 */
class ScheduleFromBulletinTest {

    static final LocalDate FROM = d("2026-06-01");
    static final LocalDate TO = d("2026-06-30");

    TaskClass june(ScheduleStart from) {
        BulletinCounts counts = new BulletinCounts(WorkingDayCalendar.chinaMainland(), LightPolicy.defaults(), 1,
                from);
        return counts.classify(task(1).start("2026-03-02").assigned("2026-06-29").accepted("2026-06-30").build(),
                FROM, TO);
    }

    @Test
    void countedFromTheStartDateItWasRedCountedFromAssignmentItIsOnSchedule() {
        assertThat(june(ScheduleStart.START).standing()).isEqualTo(ScheduleStanding.BEHIND);
        assertThat(june(ScheduleStart.START).light()).isEqualTo(Light.RED);
        TaskClass assigned = june(ScheduleStart.ASSIGNED);
        assertThat(assigned.standing()).isEqualTo(ScheduleStanding.ON);
        assertThat(assigned.light()).isEqualTo(Light.GREEN);
        assertThat(june(ScheduleStart.ACCEPTED).plannedPercent()).isLessThanOrEqualTo(assigned.plannedPercent());
    }

    @Test
    void theStatedRuleNamesTheDayItCountsFrom() {
        BulletinPeriod june = new BulletinPeriod(PeriodKind.MONTH, FROM, TO, "2026年6月");
        assertThat(String.join("", BulletinText.countingRules(june, LightPolicy.defaults(), ScheduleStart.ASSIGNED)))
                .contains("交办晚于开始日期的，自交办之日");
    }
}
