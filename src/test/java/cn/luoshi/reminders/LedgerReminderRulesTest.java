package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.ReportCycle;
import cn.luoshi.ledger.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 催办规则 for the ledger, cause by cause, with the 2026 State Council calendar (国庆 and its 调休 Saturday). */
class LedgerReminderRulesTest {

    static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();
    static final LedgerReminderRules.Settings DEFAULTS = LedgerReminderRules.Settings.defaults();

    static List<DueItem> on(LocalDate today, Work w) {
        return rules(today).evaluate(w.build());
    }

    static LedgerReminderRules rules(LocalDate today) {
        return new LedgerReminderRules(DEFAULTS, new ReminderContext(today.atTime(10, 0).atZone(Work.CHINA)
                .toInstant(), today, CAL));
    }

    static List<DueItem> of(List<DueItem> items, LedgerCause cause) {
        return items.stream().filter(i -> i.cause() == cause).toList();
    }

    static DueItem only(List<DueItem> items, LedgerCause cause) {
        List<DueItem> found = of(items, cause);
        assertThat(found).as(items.toString()).hasSize(1);
        return found.get(0);
    }

    static LocalDate d(int m, int day) {
        return LocalDate.of(2026, m, day);
    }

    // ---- Deadline --------------------------------------------------------------------------------


    @Test
    void fiveWorkingDaysLeftIsDeadlineSoon() {
        DueItem i = only(on(d(11, 16), Work.task().deadline(d(11, 23))), LedgerCause.DEADLINE_SOON);
        assertThat(i.periodKey()).isEqualTo("2026-11-23");
        assertThat(i.text()).contains("还剩5个工作日").contains("当前进度40%");
        assertThat(i.audience()).isEqualTo(Audience.UNIT);
        assertThat(i.unitId()).isEqualTo(7L);
        assertThat(i.link()).isEqualTo("/tasks/42");
    }

    @Test
    void sixWorkingDaysLeftIsNothingYet() {
        assertThat(on(d(11, 16), Work.task().deadline(d(11, 24)).reported("2026-10"))).isEmpty();
    }

    @Test
    void twoWorkingDaysLeftIsStillSoonAndOneIsImminent() {
        assertThat(only(on(d(11, 19), Work.task().deadline(d(11, 23))), LedgerCause.DEADLINE_SOON).text())
                .contains("还剩2个工作日");
        List<DueItem> oneLeft = on(d(11, 20), Work.task().deadline(d(11, 23)));
        assertThat(only(oneLeft, LedgerCause.DEADLINE_IMMINENT).text()).contains("还剩1个工作日");
        assertThat(of(oneLeft, LedgerCause.DEADLINE_SOON)).isEmpty();
    }

    @Test
    void theDeadlineDayItselfIsImminentDueToday() {
        assertThat(only(on(d(11, 23), Work.task().deadline(d(11, 23))), LedgerCause.DEADLINE_IMMINENT).text())
                .contains("今日到期");
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // Deadline Monday 12 October; Saturday 10 October is worked (国庆调休): on Friday 9th two working days
        // remain (10th and 12th), so it is 临近时限, not yet 即将到期.
        assertThat(only(on(d(10, 9), Work.task().deadline(d(10, 12))), LedgerCause.DEADLINE_SOON).text())
                .contains("还剩2个工作日");
        assertThat(only(on(d(10, 10), Work.task().deadline(d(10, 12))), LedgerCause.DEADLINE_IMMINENT).text())
                .contains("还剩1个工作日");
    }

    @Test
    void theNationalDayHolidayIsNotCounted() {
        // 30 September → 8 October: 1–7 October are holidays, so one working day is left.
        assertThat(only(on(d(9, 30), Work.task().deadline(d(10, 8))), LedgerCause.DEADLINE_IMMINENT).text())
                .contains("还剩1个工作日");
    }

    @Test
    void deadlineSoonFiresOnceAcrossTheWindowAndAnExtensionStartsAgain() {
        Set<String> keys = new LinkedHashSet<>();
        for (LocalDate day = d(11, 16); !day.isAfter(d(11, 19)); day = day.plusDays(1)) {
            of(on(day, Work.task().deadline(d(11, 23))), LedgerCause.DEADLINE_SOON)
                    .forEach(i -> keys.add(i.key()));
        }
        assertThat(keys).containsExactly("DEADLINE_SOON/TASK/42/2026-11-23");
        // Extended to 30 November: a new deadline, so a new 临近时限 when it comes.
        assertThat(only(on(d(11, 23), Work.task().deadline(d(11, 30))), LedgerCause.DEADLINE_SOON).periodKey())
                .isEqualTo("2026-11-30");
    }

    @Test
    void overdueFiresOnTheFirstDayAndThenEveryFiveWorkingDays() {
        List<String> keys = new ArrayList<>();
        for (LocalDate day = d(11, 14); !day.isAfter(d(12, 1)); day = day.plusDays(1)) {
            String k = only(on(day, Work.task().deadline(d(11, 13))), LedgerCause.OVERDUE).periodKey();
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        // Overdue by 0–5 working days (Sat 14th to Fri 20th) → round 1; 6–10 (23rd–27th) → 2; 11+ (30th, 1st) → 3.
        assertThat(keys).containsExactly("2026-11-13#1", "2026-11-13#2", "2026-11-13#3");
        assertThat(only(on(d(11, 23), Work.task().deadline(d(11, 13))), LedgerCause.OVERDUE).periodKey())
                .isEqualTo("2026-11-13#2");
    }

    @Test
    void overdueOnTheWeekendRightAfterAFridayDeadlineSaysLessThanOneDay() {
        assertThat(only(on(d(11, 14), Work.task().deadline(d(11, 13))), LedgerCause.OVERDUE).text())
                .contains("已超过完成时限（11月13日）不足1个工作日");
        assertThat(only(on(d(11, 17), Work.task().deadline(d(11, 13))), LedgerCause.OVERDUE).text())
                .contains("2个工作日");
    }

    @Test
    void aDeadlineInAnotherYearCarriesItsYear() {
        assertThat(only(on(d(12, 28), Work.task().deadline(LocalDate.of(2027, 1, 4))), LedgerCause.DEADLINE_SOON)
                .text()).contains("2027年1月4日");
    }

    // ---- Acceptance ------------------------------------------------------------------------------


    @Test
    void aNewAssignmentAwaitsSigningUntilTheNextWorkingDay() {
        Work w = Work.task().waiting().assigned(Work.at(2026, 11, 16, 10, 30));
        DueItem i = only(on(d(11, 16), w), LedgerCause.ACCEPTANCE_DUE);
        assertThat(i.periodKey()).isEqualTo("2026-11-16T10:30:00");
        assertThat(i.text()).contains("请于11月17日前签收或退回").contains("完成时限：12月31日");
        assertThat(i.audience()).isEqualTo(Audience.UNIT);
        // The next working day it is still just due, under the same key: no second reminder.
        assertThat(only(on(d(11, 17), w), LedgerCause.ACCEPTANCE_DUE).key()).isEqualTo(i.key());
    }

    @Test
    void pastTheLimitItIsOverdueAndTheSupervisionOfficeHearsOfIt() {
        Work w = Work.task().waiting().assigned(Work.at(2026, 11, 16, 10, 30));
        List<DueItem> items = on(d(11, 18), w);
        DueItem i = only(items, LedgerCause.ACCEPTANCE_OVERDUE);
        assertThat(of(items, LedgerCause.ACCEPTANCE_DUE)).isEmpty();
        assertThat(i.audience()).isEqualTo(Audience.UNIT_AND_SUPERVISORS);
        assertThat(i.periodKey()).isEqualTo("2026-11-18");
        assertThat(i.text()).contains("已超过签收时限1个工作日仍未签收");
    }

    @Test
    void overdueSigningIsRemindedEachWorkingDayButNotAgainAtTheWeekend() {
        Work w = Work.task().waiting().assigned(Work.at(2026, 11, 16, 10, 30));
        Set<String> keys = new LinkedHashSet<>();
        for (LocalDate day = d(11, 18); !day.isAfter(d(11, 23)); day = day.plusDays(1)) {
            keys.add(only(on(day, w), LedgerCause.ACCEPTANCE_OVERDUE).periodKey());
        }
        // Wed, Thu, Fri, (Sat and Sun repeat Friday's key), Mon.
        assertThat(keys).containsExactly("2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23");
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayForSigningToo() {
        // 交办 on Thursday 8 October (after 国庆); Friday 9th is the limit; Saturday 10th is a 调休 working day.
        Work w = Work.task().waiting().assigned(Work.at(2026, 10, 8, 15, 0));
        assertThat(only(on(d(10, 9), w), LedgerCause.ACCEPTANCE_DUE).text()).contains("请于10月9日前签收");
        assertThat(only(on(d(10, 10), w), LedgerCause.ACCEPTANCE_OVERDUE).periodKey()).isEqualTo("2026-10-10");
        assertThat(only(on(d(10, 11), w), LedgerCause.ACCEPTANCE_OVERDUE).periodKey()).isEqualTo("2026-10-10");
    }

    @Test
    void aWaitingTaskGetsNoDeadlineOrReportReminders() {
        Work w = Work.task().waiting().assigned(Work.at(2026, 11, 16, 10, 30)).deadline(d(11, 17));
        assertThat(on(d(11, 16), w)).extracting(DueItem::cause).containsExactly(LedgerCause.ACCEPTANCE_DUE);
    }

    @Test
    void reassignmentIsANewAssignment() {
        Work first = Work.task().waiting().assigned(Work.at(2026, 11, 16, 10, 30));
        Work again = Work.task().waiting().assigned(Work.at(2026, 11, 20, 9, 0));
        assertThat(only(on(d(11, 20), again), LedgerCause.ACCEPTANCE_DUE).key())
                .isNotEqualTo(only(on(d(11, 16), first), LedgerCause.ACCEPTANCE_DUE).key());
    }

    // ---- Reports ---------------------------------------------------------------------------------


    @Test
    void octobersReportIsDueOnTheFifthWorkingDayOfNovemberAndRemindedTwoWorkingDaysAhead() {
        // Due Friday 6 November. Tuesday 3rd: three working days ahead → nothing; Wednesday 4th: two → 报送提醒.
        assertThat(of(on(d(11, 3), Work.task().reported("2026-09")), LedgerCause.REPORT_DUE)).isEmpty();
        DueItem i = only(on(d(11, 4), Work.task().reported("2026-09")), LedgerCause.REPORT_DUE);
        assertThat(i.periodKey()).isEqualTo("2026-10");
        assertThat(i.text()).contains("2026年10月进展应于11月6日前报送（还有2个工作日）");
        assertThat(only(on(d(11, 6), Work.task().reported("2026-09")), LedgerCause.REPORT_DUE).text())
                .contains("今日截止");
    }

    @Test
    void aReportFiledForThePeriodSilencesItsReminders() {
        assertThat(on(d(11, 4), Work.task().reported("2026-09", "2026-10"))).isEmpty();
        assertThat(on(d(11, 9), Work.task().reported("2026-09", "2026-10"))).isEmpty();
    }

    @Test
    void aMissedReportIsRemindedOncePerPeriod() {
        DueItem i = only(on(d(11, 9), Work.task().reported("2026-09")), LedgerCause.REPORT_MISSED);
        assertThat(i.periodKey()).isEqualTo("2026-10");
        assertThat(i.text()).contains("2026年10月进展应于11月6日前报送，至今未报送");
        // All through November it is the same period: the same key.
        assertThat(only(on(d(11, 30), Work.task().reported("2026-09")), LedgerCause.REPORT_MISSED).key())
                .isEqualTo(i.key());
    }

    @Test
    void septembersDueDateSkipsTheHolidayAndCountsTheMakeUpSaturday() {
        // 5th working day of October: 8, 9, 10 (调休), 12, 13 → due Tuesday 13 October.
        assertThat(only(on(d(10, 13), Work.task().reported("2026-08")), LedgerCause.REPORT_DUE).text())
                .contains("2026年9月进展应于10月13日前报送（今日截止）");
        assertThat(only(on(d(10, 14), Work.task().reported("2026-08")), LedgerCause.REPORT_MISSED).periodKey())
                .isEqualTo("2026-09");
    }

    @Test
    void periodsBeforeTheUnitSignedAreNotAskedFor() {
        Work lateSigner = Work.task().accepted(Work.at(2026, 11, 5, 9, 0));
        assertThat(on(d(11, 5), lateSigner)).isEmpty();
        assertThat(on(d(11, 9), lateSigner)).isEmpty();
    }

    @Test
    void weeklyReportsAreDueOnTheNextWeeksFirstWorkingDay() {
        Work weekly = Work.task().cycle(ReportCycle.WEEKLY).reported("2026-W46");
        assertThat(of(on(d(11, 18), weekly), LedgerCause.REPORT_DUE)).isEmpty();
        DueItem i = only(on(d(11, 19), weekly), LedgerCause.REPORT_DUE);
        assertThat(i.periodKey()).isEqualTo("2026-W47");
        assertThat(i.text()).contains("应于11月23日前报送（还有2个工作日）");
    }

    @Test
    void theRulesAskTheQueryOnlyForThePeriodsThatMatterToday() {
        assertThat(rules(d(11, 4)).periodKeys()).contains("2026-09", "2026-10", "2026-W44")
                .doesNotContain("2026-11");
    }

    @Test
    void closedAndWaitingForDecisionTasksGetNothing() {
        for (TaskStatus s : List.of(TaskStatus.COMPLETION_REQUESTED, TaskStatus.COMPLETED, TaskStatus.TERMINATED,
                TaskStatus.RETURNED, TaskStatus.UNASSIGNED)) {
            assertThat(on(d(11, 20), Work.task().status(s).deadline(d(11, 13)))).as(s.name()).isEmpty();
        }
    }

    @Test
    void aTaskWithoutDeadlineStillGetsReportReminders() {
        assertThat(on(d(11, 9), Work.task().deadline(null).reported("2026-09")))
                .extracting(DueItem::cause).containsExactly(LedgerCause.REPORT_MISSED);
    }

    @Test
    void settingsMustMakeSense() {
        assertThatThrownBy(() -> new LedgerReminderRules.Settings(1, 2, 1, 1, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerReminderRules.Settings(1, 2, 5, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configurableReportLeadTime() {
        var threeDays = new LedgerReminderRules(new LedgerReminderRules.Settings(1, 3, 5, 1, 5),
                new ReminderContext(d(11, 3).atStartOfDay(Work.CHINA).toInstant(), d(11, 3), CAL));
        assertThat(of(threeDays.evaluate(Work.task().reported("2026-09").build()), LedgerCause.REPORT_DUE))
                .hasSize(1);
    }
}
