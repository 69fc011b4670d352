package cn.luoshi.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.projects.rules.BackwardSchedule;
import cn.luoshi.projects.rules.BackwardSchedule.Step;
import cn.luoshi.projects.rules.Escalation;
import cn.luoshi.projects.rules.InvestmentPlan;
import cn.luoshi.projects.rules.LightRuleSet;
import cn.luoshi.projects.rules.PredictedStart;
import cn.luoshi.projects.rules.ProjectLightRule;
import cn.luoshi.projects.rules.ProjectLightRule.Dimension;
import cn.luoshi.projects.rules.ProjectLightRule.Facts;
import cn.luoshi.projects.rules.ProjectLightRule.OpenNode;
import cn.luoshi.projects.rules.ProjectLightRule.Verdict;
import cn.luoshi.projects.rules.ProjectRates;
import cn.luoshi.projects.rules.Signal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 重点项目 rules without Spring: 序时, 倒排工期, the three presets at their boundaries, escalation, predicted start. */
class ProjectRulesTests {

    static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();

    // ---- 序时 -------------------------------------------------------------------------------------------------------

    @Test
    void theSchedulePlanIsTheSumOfTheMonthsSoFar() {
        InvestmentPlan p = new InvestmentPlan(months(100, 100, 200, 200, 200, 300, 300, 300, 400, 400, 400, 1000));
        assertThat(p.annual()).isEqualByComparingTo("3900");
        assertThat(p.cumulativeThrough(3)).isEqualByComparingTo("400");
        assertThat(p.scheduleShare(3)).isEqualByComparingTo("10.26");
        assertThat(p.scheduleShare(12)).isEqualByComparingTo("100");
    }

    @Test
    void anEvenPlanPutsTheRemainderInDecember() {
        InvestmentPlan p = InvestmentPlan.even(new BigDecimal("1000"), 4);
        assertThat(p.monthly().get(2)).isEqualByComparingTo("0");
        assertThat(p.monthly().get(3)).isEqualByComparingTo("111.11");
        assertThat(p.annual()).isEqualByComparingTo("1000");
    }

    // ---- 倒排工期 ---------------------------------------------------------------------------------------------------

    @Test
    void nodesAreCountedBackFromCompletionAcrossTheNationalDayHolidayAndItsMakeUpSaturday() {
        // 2026: 10-01..10-07 off, Saturday 10-10 worked (调休). 竣工验收 on Monday 10-12; 主体完工 3 working days before
        List<Step> steps = List.of(new Step("开工", 0), new Step("主体完工", 5), new Step("竣工验收", 3),
                new Step("投产/运营", 4));
        List<LocalDate> d = BackwardSchedule.backward(steps, "竣工验收", LocalDate.of(2026, 10, 12), CAL);
        assertThat(d.get(2)).isEqualTo("2026-10-12");
        assertThat(d.get(1)).as("10-10 is worked, 10-01..07 are not").isEqualTo("2026-10-08");
        assertThat(d.get(0)).as("5 working days before 10-08: 09-30, 29, 28, then 中秋 09-25 is off: 24, 23")
                .isEqualTo("2026-09-23");
        assertThat(d.get(3)).as("forward after the anchor: 10-13, 14, 15, 16").isEqualTo("2026-10-16");
    }

    @Test
    void aCompletionOnAHolidayRollsBackToTheLastWorkingDayBefore() {
        List<Step> steps = List.of(new Step("施工许可", 10), new Step("竣工验收", 10));
        List<LocalDate> d = BackwardSchedule.backward(steps, "竣工验收", LocalDate.of(2026, 10, 5), CAL);
        assertThat(d.get(1)).isEqualTo("2026-09-30");
        // 10 working days before 09-30 with Sunday 09-20 worked (调休): 09-29 … 09-17 without the weekend 26/27
        assertThat(d.get(0)).isEqualTo("2026-09-16");
        assertThat(CAL.workingDaysBetween(d.get(0), d.get(1))).isEqualTo(10);
    }

    @Test
    void counterExampleWithoutTheCalendarWouldBeWrong() {
        List<Step> steps = List.of(new Step("主体完工", 0), new Step("竣工验收", 3));
        LocalDate naive = LocalDate.of(2026, 10, 12).minusDays(3);
        assertThat(BackwardSchedule.backward(steps, "竣工验收", LocalDate.of(2026, 10, 12), CAL).get(0))
                .isNotEqualTo(naive);
    }

    // ---- presets at their boundaries -------------------------------------------------------------------------------

    /** Plan 100 a month; September judged: 序时 75%; completion share set by the cumulative. */
    Verdict investment(LightRuleSet rules, String cumulative) {
        InvestmentPlan p = new InvestmentPlan(Collections.nCopies(12, new BigDecimal("100")));
        return ProjectLightRule.judge(new Facts(YearMonth.of(2026, 9), LocalDate.of(2026, 9, 30), p,
                new BigDecimal(cumulative), null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20), List.of(),
                List.of()), rules, CAL);
    }

    @Test
    void yinchuanIsYellowFromExactlyTenPointsBehindAndRedAboveThirty() {
        // 序时 900/1200 = 75%; 65% = 780 → 10 points behind
        assertThat(investment(LightRuleSet.YINCHUAN_2025, "781.2").of(Dimension.INVESTMENT)).isEqualTo(Signal.GREEN);
        assertThat(investment(LightRuleSet.YINCHUAN_2025, "780").of(Dimension.INVESTMENT)).isEqualTo(Signal.YELLOW);
        assertThat(investment(LightRuleSet.YINCHUAN_2025, "540").of(Dimension.INVESTMENT))
                .as("exactly 30 points behind").isEqualTo(Signal.YELLOW);
        Verdict red = investment(LightRuleSet.YINCHUAN_2025, "538.8");
        assertThat(red.of(Dimension.INVESTMENT)).isEqualTo(Signal.RED);
        assertThat(red.reason()).contains("投资完成率44.9%").contains("落后序时进度（75%）30.1个百分点");
    }

    @Test
    void sanyaIsYellowUpToExactlyHalfBelowScheduleAndRedBeyond() {
        assertThat(investment(LightRuleSet.SANYA_2022, "900").of(Dimension.INVESTMENT)).isEqualTo(Signal.GREEN);
        assertThat(investment(LightRuleSet.SANYA_2022, "899").of(Dimension.INVESTMENT)).isEqualTo(Signal.YELLOW);
        assertThat(investment(LightRuleSet.SANYA_2022, "450").of(Dimension.INVESTMENT)).as("exactly 50%")
                .isEqualTo(Signal.YELLOW);
        assertThat(investment(LightRuleSet.SANYA_2022, "449").of(Dimension.INVESTMENT)).isEqualTo(Signal.RED);
    }

    @Test
    void sanyaJudgesOnlyProjectsWithAnAnnualPlanOfTenMillionOrMore() {
        InvestmentPlan small = new InvestmentPlan(Collections.nCopies(12, new BigDecimal("80"))); // 960万元
        Verdict v = ProjectLightRule.judge(new Facts(YearMonth.of(2026, 9), LocalDate.of(2026, 9, 30), small,
                BigDecimal.ZERO, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20), List.of(), List.of()),
                LightRuleSet.SANYA_2022, CAL);
        assertThat(v.signal()).isEqualTo(Signal.GREEN);
        assertThat(investment(LightRuleSet.SANYA_2022, "0").signal()).isEqualTo(Signal.RED);
    }

    @Test
    void wuhanIsGreenAtExactlyEightyPercentYellowAtExactlySixtyAndRedBelow() {
        assertThat(investment(LightRuleSet.WUHAN_2022, "720").of(Dimension.INVESTMENT)).isEqualTo(Signal.GREEN);
        assertThat(investment(LightRuleSet.WUHAN_2022, "719").of(Dimension.INVESTMENT)).isEqualTo(Signal.YELLOW);
        assertThat(investment(LightRuleSet.WUHAN_2022, "540").of(Dimension.INVESTMENT)).isEqualTo(Signal.YELLOW);
        Verdict red = investment(LightRuleSet.WUHAN_2022, "539");
        assertThat(red.of(Dimension.INVESTMENT)).isEqualTo(Signal.RED);
        assertThat(red.reason()).contains("完成投资仅为序时计划的59.9%");
    }

    // ---- 开工 and 入库 (银川) ----------------------------------------------------------------------------------------

    Verdict start(YearMonth month, LocalDate asOf, LocalDate started, LocalDate stats) {
        return ProjectLightRule.judge(new Facts(month, asOf, null, null, LocalDate.of(2026, 6, 15), started, stats,
                List.of(), List.of()), LightRuleSet.YINCHUAN_2025, CAL);
    }

    @Test
    void aProjectDueToStartThisMonthAndNotStartedIsYellowAndRedInItsThirdMonth() {
        assertThat(start(YearMonth.of(2026, 5), LocalDate.of(2026, 5, 31), null, null).signal()).isEqualTo(Signal.GREEN);
        Verdict june = start(YearMonth.of(2026, 6), LocalDate.of(2026, 6, 30), null, null);
        assertThat(june.of(Dimension.START)).isEqualTo(Signal.YELLOW);
        assertThat(june.reason()).contains("计划2026年6月开工，当月未开工");
        assertThat(start(YearMonth.of(2026, 7), LocalDate.of(2026, 7, 31), null, null).of(Dimension.START))
                .isEqualTo(Signal.YELLOW);
        assertThat(start(YearMonth.of(2026, 8), LocalDate.of(2026, 8, 31), null, null).of(Dimension.START))
                .isEqualTo(Signal.RED);
    }

    @Test
    void notInTheStatisticsDatabaseOneMonthAfterTheStartIsYellowMoreThanTwoRed() {
        LocalDate s = LocalDate.of(2026, 6, 15);
        assertThat(start(YearMonth.of(2026, 7), LocalDate.of(2026, 7, 14), s, null).of(Dimension.STATS))
                .isEqualTo(Signal.GREEN);
        assertThat(start(YearMonth.of(2026, 7), LocalDate.of(2026, 7, 15), s, null).of(Dimension.STATS))
                .isEqualTo(Signal.YELLOW);
        assertThat(start(YearMonth.of(2026, 8), LocalDate.of(2026, 8, 15), s, null).of(Dimension.STATS))
                .as("exactly two months").isEqualTo(Signal.YELLOW);
        assertThat(start(YearMonth.of(2026, 8), LocalDate.of(2026, 8, 16), s, null).of(Dimension.STATS))
                .isEqualTo(Signal.RED);
        assertThat(start(YearMonth.of(2026, 8), LocalDate.of(2026, 8, 16), s, LocalDate.of(2026, 8, 1)).signal())
                .isEqualTo(Signal.GREEN);
    }

    @Test
    void anOverdueNodeIsYellowAndRedBeyondTwentyWorkingDays() {
        LocalDate due = LocalDate.of(2026, 9, 1);
        Verdict y = ProjectLightRule.judge(new Facts(YearMonth.of(2026, 9), CAL.addWorkingDays(due, 20), null, null,
                null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), List.of(new OpenNode("主体完工", due)),
                List.of()), LightRuleSet.YINCHUAN_2025, CAL);
        assertThat(y.signal()).isEqualTo(Signal.YELLOW);
        assertThat(y.reason()).isEqualTo("「主体完工」节点逾期20个工作日");
        Verdict r = ProjectLightRule.judge(new Facts(YearMonth.of(2026, 10), CAL.addWorkingDays(due, 21), null, null,
                null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), List.of(new OpenNode("主体完工", due)),
                List.of()), LightRuleSet.YINCHUAN_2025, CAL);
        assertThat(r.signal()).isEqualTo(Signal.RED);
    }

    // ---- predicted start ------------------------------------------------------------------------------------------

    @Test
    void thePredictedStartCountsTheOpenApprovalsAcrossTheHoliday() {
        // from Monday 09-28: 5 working days are 09-29, 09-30, 10-08, 10-09, 10-10 (调休) → start 10-12;
        // planned 10-01 is a holiday, so the plan means 10-08: 3 working days late (10-09, 10-10, 10-12)
        PredictedStart.Prediction p = PredictedStart.of(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 1),
                List.of(2, 3), CAL).orElseThrow();
        assertThat(p.predicted()).isEqualTo("2026-10-12");
        assertThat(p.lateDays()).isEqualTo(3);
        assertThat(p.reason()).isEqualTo("按剩余手续（2项）标准时长，预计开工晚于计划3个工作日");
    }

    @Test
    void aProjectIsFlaggedBeforeItsStartMonthWhenTheApprovalsCannotBeDoneInTime() {
        // in August, start planned for October, still 60 working days of approvals open
        Verdict v = ProjectLightRule.judge(new Facts(YearMonth.of(2026, 8), LocalDate.of(2026, 8, 3), null, null,
                LocalDate.of(2026, 10, 15), null, null, List.of(), List.of(40, 50)), LightRuleSet.YINCHUAN_2025, CAL);
        assertThat(v.of(Dimension.START)).isEqualTo(Signal.RED);
        assertThat(v.prediction().lateDays()).isGreaterThan(20);
        Verdict inTime = ProjectLightRule.judge(new Facts(YearMonth.of(2026, 8), LocalDate.of(2026, 8, 3), null,
                null, LocalDate.of(2026, 10, 15), null, null, List.of(), List.of(20)), LightRuleSet.YINCHUAN_2025,
                CAL);
        assertThat(inTime.signal()).isEqualTo(Signal.GREEN);
    }

    // ---- escalation -----------------------------------------------------------------------------------------------

    @Test
    void yellowTwiceInARowSuggestsATalkAndRedSuggestsAnOrderInYinchuan() {
        LightRuleSet y = LightRuleSet.YINCHUAN_2025;
        assertThat(Escalation.suggest(List.of(Signal.GREEN, Signal.YELLOW), y).step()).isEqualTo(Escalation.Step.NONE);
        assertThat(Escalation.suggest(List.of(Signal.YELLOW, Signal.GREEN, Signal.YELLOW), y).step())
                .isEqualTo(Escalation.Step.NONE);
        Escalation.Suggestion talk = Escalation.suggest(List.of(Signal.YELLOW, Signal.YELLOW), y);
        assertThat(talk.step()).isEqualTo(Escalation.Step.TALK);
        assertThat(talk.reason()).isEqualTo("连续2个月亮黄灯及以上，建议约谈");
        assertThat(Escalation.suggest(List.of(Signal.GREEN, Signal.RED), y).step()).isEqualTo(Escalation.Step.ORDER);
    }

    @Test
    void sanyaEscalatesOnlyAfterTwoRedMonthsInARow() {
        LightRuleSet s = LightRuleSet.SANYA_2022;
        assertThat(Escalation.suggest(List.of(Signal.GREEN, Signal.RED), s).step()).isEqualTo(Escalation.Step.NONE);
        assertThat(Escalation.suggest(List.of(Signal.YELLOW, Signal.RED), s).step()).isEqualTo(Escalation.Step.TALK);
        Escalation.Suggestion order = Escalation.suggest(List.of(Signal.RED, Signal.RED), s);
        assertThat(order.step()).isEqualTo(Escalation.Step.ORDER);
        assertThat(order.reason()).isEqualTo("连续2个月亮红灯，建议下发督办单");
    }

    // ---- rates ----------------------------------------------------------------------------------------------------

    @Test
    void ratesFollowTheStatedRuleAndRankByInvestmentRate() {
        List<ProjectRates.Line> lines = new ArrayList<>();
        lines.add(new ProjectRates.Line("住建", new BigDecimal("1000"), new BigDecimal("500"), true, true, false,
                false, true));
        lines.add(new ProjectRates.Line("住建", new BigDecimal("1000"), new BigDecimal("300"), true, false, true,
                false, false));
        lines.add(new ProjectRates.Line("工信", new BigDecimal("2000"), new BigDecimal("1800"), true, true, true,
                true, false));
        List<ProjectRates.Row> rows = ProjectRates.of(lines);
        assertThat(rows.get(0).group()).isEqualTo("工信");
        assertThat(rows.get(0).investmentRate()).isEqualByComparingTo("90");
        assertThat(rows.get(0).statsRate()).isEqualByComparingTo("0");
        ProjectRates.Row zj = rows.get(1);
        assertThat(zj.rank()).isEqualTo(2);
        assertThat(zj.investmentRate()).isEqualByComparingTo("40");
        assertThat(zj.startRate()).isEqualByComparingTo("50");
        assertThat(zj.completionRate()).isEqualByComparingTo("0");
        assertThat(zj.statsRate()).isEqualByComparingTo("100");
        assertThat(ProjectRates.total(lines).investmentRate()).isEqualByComparingTo("65");
    }

    static List<BigDecimal> months(int... v) {
        List<BigDecimal> l = new ArrayList<>();
        for (int x : v) {
            l.add(BigDecimal.valueOf(x));
        }
        return l;
    }
}
