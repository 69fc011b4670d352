package cn.luoshi.bulletins;

import static cn.luoshi.bulletins.Fact.d;
import static cn.luoshi.bulletins.Fact.task;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.PeriodFacts.TaskFact;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, the case that found it: a hand count of a 通报 summary did not add up (在办14项 = 超前2 + 符合4 + 落后8,
 * 逾期2 — 16), because an overdue task was also counted behind (or on) schedule. Now 超前 + 符合 + 落后 + 逾期 = 在办 as
 * disjoint groups, in the totals, each unit's line, the summary and the stated 口径; and the red list puts overdue
 * tasks first, also one due last Friday and still open on Sunday (0 working days overdue).
 */
class DisjointGroupsTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();
    static final LocalDate FROM = d("2026-06-01");
    static final LocalDate TO = d("2026-06-30");
    static final List<Unit> UNITS = List.of(
            new Unit(1, UnitType.DEPARTMENT, null, "住建", "区住房和城乡建设局", 1),
            new Unit(2, UnitType.DEPARTMENT, null, "发改", "区发展和改革委员会", 2));

    final BulletinCounts counts = new BulletinCounts(CALENDAR, LightPolicy.defaults(), 1);

    BulletinCounts.Tally tally(LocalDate to, Fact... facts) {
        List<TaskFact> list = new ArrayList<>();
        for (Fact f : facts) {
            list.add(f.build());
        }
        return counts.tally(list, FROM, to, UNITS);
    }

    /** 14 open: 2 ahead, 4 on schedule, 6 behind, 2 overdue (one far behind, one at 95% — neither counted again). */
    Fact[] theHandCountedCase() {
        List<Fact> f = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < 2; i++) {
            f.add(task(id++).progress(60)); // 序时 ≈ 49%: 超前
        }
        for (int i = 0; i < 4; i++) {
            f.add(task(id++).unit(2).progress(45)); // lag ≈ 4 points: 符合
        }
        for (int i = 0; i < 6; i++) {
            f.add(task(id++).progress(20)); // lag ≈ 29 points: 落后
        }
        f.add(task(id++).deadline("2026-06-10").progress(50)); // overdue and far behind
        f.add(task(id).unit(2).deadline("2026-06-12").progress(95)); // overdue though "on schedule" by its lag
        return f.toArray(Fact[]::new);
    }

    @Test
    void theOpenTasksSplitIntoGroupsThatAddUp() {
        Totals t = tally(TO, theHandCountedCase()).totals();
        assertThat(t.open()).isEqualTo(14);
        assertThat(t.ahead()).isEqualTo(2);
        assertThat(t.onSchedule()).isEqualTo(4);
        assertThat(t.behindNotOverdue()).isEqualTo(6);
        assertThat(t.overdue()).isEqualTo(2);
        assertThat(t.ahead() + t.onSchedule() + t.behindNotOverdue() + t.overdue()).isEqualTo(t.open());
        // The API field behind keeps counting every open task behind 序时, overdue or not (6 + the far-behind one).
        assertThat(t.behind()).isEqualTo(7);
    }

    @Test
    void eachUnitsLineAddsUpTooAndSoDoTheLinesToTheTotals() {
        var tally = tally(TO, theHandCountedCase());
        for (UnitLine u : tally.units()) {
            assertThat(u.ahead() + u.onSchedule() + u.behindNotOverdue() + u.overdue()).as(u.unitName())
                    .isEqualTo(u.open());
        }
        assertThat(tally.units().stream().mapToInt(UnitLine::behindNotOverdue).sum())
                .isEqualTo(tally.totals().behindNotOverdue());
        assertThat(tally.units().stream().mapToInt(UnitLine::onSchedule).sum())
                .isEqualTo(tally.totals().onSchedule());
    }

    @Test
    void theSummaryAndTheRequirementsQuoteTheDisjointNumbersAndTheRuleSaysSo() {
        Totals t = tally(TO, theHandCountedCase()).totals();
        BulletinPeriod june = new BulletinPeriod(PeriodKind.MONTH, FROM, TO, "2026年6月");
        String summary = BulletinText.summary(t, june, BulletinScope.all());
        assertThat(summary).contains("在办14项中，超前序时进度2项、符合序时进度4项、落后序时进度（未逾期）6项、逾期未办结2项");
        assertThat(BulletinText.defaultRequirements(t, "区委督查室")).contains("对逾期未办结的2项任务")
                .contains("对落后序时进度的6项任务");
        assertThat(String.join("", BulletinText.countingRules(june, LightPolicy.defaults())))
                .contains("互不重复，合计等于在办数").contains("已逾期的只计逾期未办结");
    }

    @Test
    void theRedListPutsATaskDueLastFridayAndOpenOnSundayFirst() {
        LocalDate sunday = d("2026-06-28");
        assertThat(sunday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        var tally = tally(sunday, task(1).progress(0), // far behind 序时 (red), not overdue
                task(2).deadline("2026-06-26").progress(80)); // due Friday, still open on Sunday
        assertThat(tally.red()).extracting(TaskClass::taskId).containsExactly(2L, 1L);
        assertThat(tally.red().get(0).overdue()).isTrue();
    }
}
