package cn.luoshi.bulletins;

import static cn.luoshi.bulletins.Fact.d;
import static cn.luoshi.bulletins.Fact.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.PeriodFacts.TaskFact;
import cn.luoshi.ledger.ReportCycle;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskStatus;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 通报口径, one rule at a time, for the bulletin of June 2026 (端午节 on Friday 19 June is a day off). */
class BulletinCountsTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();
    static final LocalDate FROM = d("2026-06-01");
    static final LocalDate TO = d("2026-06-30");

    final BulletinCounts counts = new BulletinCounts(CALENDAR, LightPolicy.defaults(), 1);

    TaskClass june(Fact f) {
        return counts.classify(f.build(), FROM, TO);
    }

    static final List<Unit> UNITS = List.of(
            new Unit(1, UnitType.DEPARTMENT, null, "住建", "区住房和城乡建设局", 1),
            new Unit(2, UnitType.DEPARTMENT, null, "发改", "区发展和改革委员会", 2),
            new Unit(3, UnitType.DEPARTMENT, null, "财政", "区财政局", 3),
            new Unit(4, UnitType.DEPARTMENT, null, "城管", "区城市管理局", 4));

    BulletinCounts.Tally tally(Fact... facts) {
        List<TaskFact> list = new ArrayList<>();
        for (Fact f : facts) {
            list.add(f.build());
        }
        return counts.tally(list, FROM, TO, UNITS);
    }

    @Nested
    class WhoIsCounted {

        @Test
        void aTaskCreatedAfterThePeriodEndIsNotInIt() {
            assertThat(june(task(1).created("2026-07-01")).membership()).isEqualTo(Membership.NOT_YET_CREATED);
            assertThat(june(task(1).created("2026-06-30")).membership()).isEqualTo(Membership.COUNTED);
            assertThat(tally(task(1).created("2026-07-01")).totals().total()).isZero();
        }

        @Test
        void aTaskTerminatedInThePeriodIsCountedApart() {
            TaskClass c = june(task(1).terminated("2026-06-15"));
            assertThat(c.membership()).isEqualTo(Membership.TERMINATED_IN_PERIOD);
            assertThat(c.counted()).isFalse();
            assertThat(june(task(1).terminated("2026-06-01")).membership()).isEqualTo(Membership.TERMINATED_IN_PERIOD);
            assertThat(june(task(1).terminated("2026-06-30")).membership()).isEqualTo(Membership.TERMINATED_IN_PERIOD);

            var t = tally(task(1).terminated("2026-06-15").deadline("2026-06-10"), task(2).unit(2));
            assertThat(t.totals().terminatedInPeriod()).isEqualTo(1);
            assertThat(t.totals().total()).isEqualTo(1);
            assertThat(t.totals().overdue()).isZero(); // its passed deadline counts nowhere
            assertThat(t.terminated()).extracting(TaskClass::taskId).containsExactly(1L);
            assertThat(t.units()).extracting(UnitLine::unitName).containsExactly("发改");
        }

        @Test
        void aTaskTerminatedBeforeThePeriodIsLeftOut() {
            assertThat(june(task(1).terminated("2026-05-31")).membership()).isEqualTo(Membership.TERMINATED_BEFORE);
            var t = tally(task(1).terminated("2026-05-31"));
            assertThat(t.totals().terminatedInPeriod()).isZero();
            assertThat(t.terminated()).isEmpty();
            assertThat(t.totals().total()).isZero();
        }

        @Test
        void unassignedAndReturnedTasksAreNotCountedForAnyUnit() {
            assertThat(june(task(1).status(TaskStatus.UNASSIGNED)).membership()).isEqualTo(Membership.NOT_ASSIGNED);
            assertThat(june(task(1).status(TaskStatus.RETURNED)).membership()).isEqualTo(Membership.NOT_ASSIGNED);
            assertThat(june(task(1).assigned("2026-06-29")).membership()).isEqualTo(Membership.COUNTED);
        }

        @Test
        void measuresCountLikeTasks() {
            assertThat(june(task(1).kind(TaskKind.MEASURE)).membership()).isEqualTo(Membership.COUNTED);
        }
    }

    @Nested
    class Completion {

        @Test
        void aCompletedTaskIsNeverOverdue() {
            TaskClass late = june(task(1).deadline("2026-06-10").completed("2026-06-20"));
            assertThat(late.overdue()).isFalse();
            assertThat(late.onTime()).isFalse();
            assertThat(late.standing()).isNull();
            assertThat(late.light()).isEqualTo(Light.BLUE);
            var t = tally(task(1).deadline("2026-06-10").completed("2026-06-20"));
            assertThat(t.totals().overdue()).isZero();
            assertThat(t.totals().completedLate()).isEqualTo(1);
            assertThat(t.red()).isEmpty();
        }

        @Test
        void onTimeIsJudgedByTheApprovedRequestDateAgainstTheDeadlineInForce() {
            // Extended from 10 June to 30 June, completed on the 20th: on time against the deadline in force.
            TaskClass c = june(task(1).extendedFrom("2026-06-10").deadline("2026-06-30").completed("2026-06-20"));
            assertThat(c.onTime()).isTrue();
            assertThat(c.originalDeadline()).isEqualTo(d("2026-06-10"));
            assertThat(june(task(1).deadline("2026-06-15").completed("2026-06-15")).onTime()).isTrue();
            assertThat(june(task(1).deadline("2026-06-15").completed("2026-06-16")).onTime()).isFalse();
        }

        @Test
        void aCompletionWithoutAKnownDateIsNeitherOnTimeNorLate() {
            TaskClass c = june(task(1).completed(null));
            assertThat(c.onTime()).isFalse();
            var t = tally(task(1).completed(null));
            assertThat(t.totals().completedUndated()).isEqualTo(1);
            assertThat(t.totals().completedOnTime()).isZero();
            assertThat(t.totals().completedLate()).isZero();
            assertThat(t.totals().completedInPeriod()).isZero();
        }

        @Test
        void completedInThePeriodIsApartFromCompletedBefore() {
            var t = tally(task(1).deadline("2026-06-30").completed("2026-05-20"),
                    task(2).deadline("2026-06-30").completed("2026-06-01"),
                    task(3).deadline("2026-06-30").completed("2026-06-30"));
            assertThat(t.totals().completed()).isEqualTo(3);
            assertThat(t.totals().completedInPeriod()).isEqualTo(2);
        }

        @Test
        void aTaskAwaitingReviewOfItsCompletionIsStillOpenAndSaysSo() {
            TaskClass c = june(task(1).deadline("2026-06-10").completionRequested("2026-06-05"));
            assertThat(c.open()).isTrue();
            assertThat(c.overdue()).isTrue();
            assertThat(c.light()).isEqualTo(Light.RED);
            assertThat(c.lightReason()).contains("已逾期").endsWith("（已于2026-06-05申请办结，待审核）");
            assertThat(tally(task(1).deadline("2026-06-10").completionRequested("2026-06-05")).totals()
                    .pendingCompletion()).isEqualTo(1);
        }
    }

    @Nested
    class DueAndOverdue {

        @Test
        void overdueIsJudgedOnThePeriodsLastDayAsTheLightDoes() {
            TaskClass yesterday = june(task(1).deadline("2026-06-29"));
            assertThat(yesterday.overdue()).isTrue();
            assertThat(yesterday.overdueWorkingDays()).isEqualTo(1);
            assertThat(yesterday.light()).isEqualTo(Light.RED);
            assertThat(yesterday.lightReason()).startsWith("已逾期1个工作日");

            TaskClass today = june(task(1).deadline("2026-06-30").progress(95));
            assertThat(today.overdue()).isFalse();
            assertThat(today.due()).isFalse();
            assertThat(today.light()).isEqualTo(Light.YELLOW);
            assertThat(today.lightReason()).startsWith("今日到期");

            assertThat(june(task(1).deadline("2026-07-01")).overdue()).isFalse();
        }

        @Test
        void overdueWorkingDaysSkipHolidays() {
            // Deadline Thursday 18 June; the 19th is 端午节: overdue on 22–26 and 29–30 June = 7 working days.
            assertThat(june(task(1).deadline("2026-06-18")).overdueWorkingDays()).isEqualTo(7);
        }

        @Test
        void dueMeansCompletedOrOverdue() {
            assertThat(june(task(1).deadline("2026-12-31").completed("2026-06-02")).due()).isTrue();
            assertThat(june(task(1).deadline("2026-06-01")).due()).isTrue();
            assertThat(june(task(1).deadline("2026-12-31")).due()).isFalse();
        }

        @Test
        void theOnTimeRateIsOnTimeCompletionsOverDueTasks() {
            var t = tally(task(1).deadline("2026-06-10").completed("2026-06-09"),
                    task(2).deadline("2026-06-10").completed("2026-06-12"),
                    task(3).deadline("2026-06-10"),
                    task(4).deadline("2026-12-31").completed("2026-06-01"),
                    task(5).deadline("2026-12-31"));
            assertThat(t.totals().due()).isEqualTo(4);
            assertThat(t.totals().completedOnTime()).isEqualTo(2);
            assertThat(t.totals().onTimeRate()).isEqualTo("50.0%");
        }
    }

    @Nested
    class Schedule {

        // Start Monday 1 June, deadline 31 July: 20 of the 43 working days have passed at the end of June.
        Fact twoMonths() {
            return task(1).start("2026-06-01").deadline("2026-07-31");
        }

        @Test
        void plannedProgressIsTheLedgersSchedule() {
            assertThat(counts.plannedPercent(twoMonths().build(), TO)).isCloseTo(20.0 * 100 / 43, within(1e-9));
        }

        @Test
        void aheadOnAndBehindAgainstTheProgressReportedByThePeriodEnd() {
            assertThat(june(twoMonths().progress(60)).standing()).isEqualTo(ScheduleStanding.AHEAD);
            assertThat(june(twoMonths().progress(46.52)).standing()).isEqualTo(ScheduleStanding.AHEAD);
            assertThat(june(twoMonths().progress(40)).standing()).isEqualTo(ScheduleStanding.ON);
            assertThat(june(twoMonths().progress(30)).standing()).isEqualTo(ScheduleStanding.BEHIND);
            TaskClass none = june(twoMonths());
            assertThat(none.standing()).isEqualTo(ScheduleStanding.BEHIND); // nothing reported counts as 0%
            assertThat(none.lagPoints()).isEqualByComparingTo("46.51");
        }

        @Test
        void theBoundariesAreThoseOfTheYellowLight() {
            assertThat(counts.standing(new BigDecimal("-0.01"))).isEqualTo(ScheduleStanding.AHEAD);
            assertThat(counts.standing(new BigDecimal("0.00"))).isEqualTo(ScheduleStanding.ON);
            assertThat(counts.standing(new BigDecimal("9.99"))).isEqualTo(ScheduleStanding.ON);
            assertThat(counts.standing(new BigDecimal("10.00"))).isEqualTo(ScheduleStanding.BEHIND);
        }

        @Test
        void milestonesShapeTheSchedule() {
            // 80% planned by 15 June: at the end of June well past it, so 60% is behind although linear would be ahead.
            Fact f = twoMonths().milestone("2026-06-15", 80).progress(60);
            assertThat(counts.plannedPercent(f.build(), TO)).isGreaterThan(80);
            assertThat(june(f).standing()).isEqualTo(ScheduleStanding.BEHIND);
        }

        @Test
        void quantityTargetsAreMeasuredInPercentOfTheTarget() {
            Fact f = twoMonths().target(120).milestone("2026-06-30", 60); // 60 of 120 households = 50%
            assertThat(counts.plannedPercent(f.build(), TO)).isCloseTo(50.0, within(1e-9));
        }

        @Test
        void completedAndTerminatedTasksHaveNoStanding() {
            assertThat(june(twoMonths().completed("2026-06-20")).standing()).isNull();
            assertThat(june(twoMonths().terminated("2026-06-20")).standing()).isNull();
        }

        @Test
        void aTaskNotStartedByThePeriodEndIsOnSchedule() {
            TaskClass c = june(task(1).start("2026-07-01").deadline("2026-09-30"));
            assertThat(c.standing()).isEqualTo(ScheduleStanding.ON);
            // Issue 12: before its start date a task is grey whether accepted or not (it was green when accepted).
            assertThat(c.light()).isEqualTo(Light.GREY);
            assertThat(june(task(1).start("2026-07-01").deadline("2026-09-30").assigned("2026-06-30")).light())
                    .isEqualTo(Light.GREY);
        }
    }

    @Nested
    class Reports {

        @Test
        void aMonthlyTaskMissesMaysReportInJune() {
            // May's report is due on the 5th working day of June (Friday 5 June) and missing from 6 June.
            assertThat(june(task(1)).missedPeriods()).containsExactly("2026年5月");
            assertThat(june(task(1).reported("2026-05")).missedPeriods()).isEmpty();
        }

        @Test
        void aWeeklyTaskCountsEachWeekWhoseReportBecameOverdueInThePeriod() {
            // Weeks due Mon 1 (overdue on the 2nd), 8, 15, 22 and 29 June (overdue on the 30th).
            TaskClass c = june(task(1).cycle(ReportCycle.WEEKLY));
            assertThat(c.missedPeriods()).containsExactly("2026年第22周", "2026年第23周", "2026年第24周",
                    "2026年第25周", "2026年第26周");
            assertThat(june(task(1).cycle(ReportCycle.WEEKLY).reported("2026-W23", "2026-W26")).missedReports())
                    .isEqualTo(3);
        }

        @Test
        void consecutivePeriodsCountEachReportOnce() {
            TaskFact f = task(1).cycle(ReportCycle.WEEKLY).accepted("2026-04-01").build();
            int may = counts.classify(f, d("2026-05-01"), d("2026-05-31")).missedReports();
            int june = counts.classify(f, FROM, TO).missedReports();
            int both = counts.classify(f, d("2026-05-01"), TO).missedReports();
            assertThat(may + june).isEqualTo(both);
            assertThat(both).isGreaterThan(0);
        }

        @Test
        void noReportIsOwedBeforeAcceptanceOrStart() {
            // Accepted 10 June: weeks 24 (8–14 June), 25 and 26 are owed; May and weeks 22–23 are not.
            assertThat(june(task(1).accepted("2026-06-10")).missedPeriods()).isEmpty();
            assertThat(june(task(1).cycle(ReportCycle.WEEKLY).accepted("2026-06-10")).missedPeriods())
                    .containsExactly("2026年第24周", "2026年第25周", "2026年第26周");
            assertThat(june(task(1).cycle(ReportCycle.WEEKLY).start("2026-06-24").accepted("2026-06-02"))
                    .missedPeriods()).containsExactly("2026年第26周");
        }

        @Test
        void noReportIsOwedOnceCompletionIsRequestedNorByATaskNotSignedFor() {
            assertThat(june(task(1).completed("2026-06-03")).missedPeriods()).isEmpty();
            assertThat(june(task(1).completed("2026-06-08")).missedPeriods()).containsExactly("2026年5月");
            assertThat(june(task(1).completionRequested("2026-06-03")).missedPeriods()).isEmpty();
            assertThat(june(task(1).assigned("2026-01-05")).missedPeriods()).isEmpty();
        }

        @Test
        void theLightNamesTheMissingPeriod() {
            TaskClass c = june(task(1).cycle(ReportCycle.WEEKLY).start("2026-06-01").deadline("2026-12-31")
                    .progress(20).reported("2026-W22", "2026-W23", "2026-W24", "2026-W25"));
            assertThat(c.light()).isEqualTo(Light.YELLOW);
            assertThat(c.lightReason()).isEqualTo("未按时报送2026年第26周进展");
        }
    }

    @Nested
    class RedItems {

        @Test
        void aTaskNotSignedForInTimeIsRed() {
            // 交办 on Thursday 25 June: 签收 was due within one working day.
            TaskClass c = june(task(1).start("2026-06-25").assigned("2026-06-25"));
            assertThat(c.light()).isEqualTo(Light.RED);
            assertThat(c.lightReason()).isEqualTo("超期未签收");
            assertThat(june(task(1).start("2026-06-29").assigned("2026-06-29")).light()).isEqualTo(Light.GREEN);
        }

        @Test
        void redItemsComeMostOverdueFirstWithTheirUnit() {
            var t = tally(task(1).deadline("2026-06-26").progress(90), task(2).unit(2).deadline("2026-06-10"),
                    task(3).unit(3).deadline("2026-12-31"), task(4).deadline("2026-06-30").progress(95));
            assertThat(t.red()).extracting(TaskClass::taskId).containsExactly(2L, 1L, 3L);
            assertThat(t.red().get(0).leadUnitId()).isEqualTo(2L);
            assertThat(t.totals().red()).isEqualTo(3);
            assertThat(t.totals().yellow()).isEqualTo(1);
        }
    }

    @Nested
    class Problems {

        @Test
        void tasksWithOpenProblemsAndTheProblemsAreCounted() {
            var t = tally(task(1).problems(2), task(2).problems(0), task(3).unit(2).problems(1));
            assertThat(t.totals().withProblems()).isEqualTo(2);
            assertThat(t.totals().openProblems()).isEqualTo(3);
            assertThat(t.units().stream().filter(u -> u.unitId() == 1).findFirst().orElseThrow().withProblems())
                    .isEqualTo(1);
        }
    }

    @Nested
    class Units {

        @Test
        void perUnitLinesAddUpToTheTotals() {
            var t = tally(task(1).deadline("2026-06-10").completed("2026-06-09"),
                    task(2).deadline("2026-06-10"),
                    task(3).start("2026-06-01").deadline("2026-07-31").progress(10),
                    task(4).unit(2).deadline("2026-12-31").progress(60),
                    task(5).unit(2).deadline("2026-06-10").completed("2026-06-11"));
            UnitLine zhujian = t.units().stream().filter(u -> u.unitName().equals("住建")).findFirst().orElseThrow();
            assertThat(zhujian.assigned()).isEqualTo(3);
            assertThat(zhujian.completed()).isEqualTo(1);
            assertThat(zhujian.due()).isEqualTo(2);
            assertThat(zhujian.onTime()).isEqualTo(1);
            assertThat(zhujian.onTimeRate()).isEqualTo("50.0%");
            assertThat(zhujian.open()).isEqualTo(2);
            assertThat(zhujian.overdue()).isEqualTo(1);
            assertThat(zhujian.behind()).isEqualTo(2);
            assertThat(zhujian.behindNotOverdue()).isEqualTo(1);
            assertThat(zhujian.normal()).isZero();
            assertThat(zhujian.completed() + zhujian.normal() + zhujian.behindNotOverdue() + zhujian.overdue())
                    .isEqualTo(zhujian.assigned());
            assertThat(t.units().stream().mapToInt(UnitLine::assigned).sum()).isEqualTo(t.totals().total());
            assertThat(t.units().stream().mapToInt(UnitLine::overdue).sum()).isEqualTo(t.totals().overdue());
            assertThat(t.totals().units()).isEqualTo(2);
        }

        @Test
        void unitsRankByTheShareOfTasksOnTrackFirst() {
            var t = tally(task(1).unit(1).deadline("2026-06-10").completed("2026-06-12"),
                    task(2).unit(2).deadline("2026-06-10").completed("2026-06-09"));
            assertThat(t.units()).extracting(UnitLine::unitName).containsExactly("发改", "住建");
            assertThat(t.units()).extracting(UnitLine::rank).containsExactly(1, 2);
            assertThat(t.units()).extracting(UnitLine::onTrackRate).containsExactly("100.0%", "0.0%");
        }

        @Test
        void aUnitWithNothingDueButEverythingBehindRanksLast() {
            var t = tally(task(1).unit(1).deadline("2026-06-10").completed("2026-06-09"),
                    task(2).unit(1).deadline("2026-06-10").completed("2026-06-12"),
                    task(3).unit(2).start("2026-06-01").deadline("2026-07-31").progress(5));
            assertThat(t.units()).extracting(UnitLine::unitName).containsExactly("住建", "发改");
            assertThat(t.units().get(1).onTimeRate()).isEqualTo("—");
        }

        @Test
        void thenByOnTimeRateCountingNothingDueAsAllOnTimeThenOverdueThenMissedReports() {
            // ① both 2 of 3 on track; ② 1 of 2 due on time against nothing due (100%).
            UnitLine a = line(1, 3, 1, 1, 1, 0, 0);
            UnitLine b = line(2, 3, 0, 0, 2, 0, 0);
            assertThat(a.onTrackRate()).isEqualTo(b.onTrackRate());
            assertThat(BulletinCounts.compareForRanking(b, a)).isNegative();
            // ① 2 of 4 = 4 of 8, ② 1 of 2 = 2 of 4: fewer overdue first, then fewer missed reports, else tied.
            UnitLine c = line(3, 4, 1, 0, 1, 1, 3);
            UnitLine e = line(4, 8, 2, 0, 2, 2, 0);
            assertThat(BulletinCounts.compareForRanking(c, e)).isNegative();
            UnitLine f = line(5, 4, 1, 0, 1, 1, 4);
            assertThat(BulletinCounts.compareForRanking(c, f)).isNegative();
            assertThat(BulletinCounts.compareForRanking(c, line(6, 4, 1, 0, 1, 1, 3))).isZero();
        }

        @Test
        void tiedUnitsShareTheirPlaceInTheDistrictsOrder() {
            var t = tally(task(1).unit(3).deadline("2026-06-10").completed("2026-06-09"),
                    task(2).unit(2).deadline("2026-06-10").completed("2026-06-09"),
                    task(3).unit(4).deadline("2026-06-10").completed("2026-06-19"));
            assertThat(t.units()).extracting(UnitLine::unitName).containsExactly("发改", "财政", "城管");
            assertThat(t.units()).extracting(UnitLine::rank).containsExactly(1, 1, 3);
            assertThat(t.units()).extracting(UnitLine::tied).containsExactly(true, true, false);
        }

        @Test
        void unitsWithEverythingDueOnTimeAndNothingAmissAreCommended() {
            var t = tally(task(1).unit(1).deadline("2026-06-10").completed("2026-06-09").reported("2026-05"),
                    task(2).unit(2).deadline("2026-06-10").completed("2026-06-09").reported("2026-05"),
                    task(3).unit(2).deadline("2026-12-31").progress(50).reported("2026-05"),
                    task(4).unit(3).deadline("2026-06-10").completed("2026-06-09").reported("2026-05"),
                    task(5).unit(3).deadline("2026-12-31").reported("2026-05"), // behind: nothing reported
                    task(6).unit(4).deadline("2026-12-31").progress(90).reported("2026-05"), // nothing due
                    task(7).unit(1).deadline("2026-12-31").progress(50).reported("2026-05"));
            assertThat(t.units().stream().filter(UnitLine::commended).map(UnitLine::unitName))
                    .containsExactly("住建", "发改");
            // One missed report is enough to lose it.
            var missed = tally(task(1).unit(1).deadline("2026-06-10").completed("2026-06-09"));
            assertThat(missed.units().get(0).missedReports()).isEqualTo(1);
            assertThat(missed.units().get(0).commended()).isFalse();
        }

        /**
         * A unit with {@code assigned} tasks: {@code onTime} completed on time, {@code late} completed late,
         * {@code normal} open and on track, the rest open and behind, {@code overdue} of those overdue.
         */
        UnitLine line(long id, int assigned, int onTime, int late, int normal, int overdue, int missed) {
            int open = assigned - onTime - late;
            int behind = open - normal;
            return new UnitLine(id, "单位" + id, assigned, onTime + late, 0, onTime + late + overdue, onTime, open, 0,
                    normal, behind, overdue, behind - overdue, normal, missed, 0, 0, 0, false, false);
        }
    }

    @Test
    void aPeriodWithoutTasksGivesAnEmptyTally() {
        var t = tally();
        assertThat(t.totals().empty()).isTrue();
        assertThat(t.units()).isEmpty();
        assertThat(t.totals().onTimeRate()).isEqualTo("—");
    }

    @Test
    void thePeriodKeysCoverEveryCycle() {
        assertThat(counts.periodKeys(FROM, TO)).contains("2026-05", "2026-W22", "2026-W26", "2026-05-下", "2026-06-上",
                "2026-Q1");
    }
}
