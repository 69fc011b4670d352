package cn.luoshi.minsheng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ledger.TaskStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 民生实事统计口径: completion, start and investment rates, average progress, rounding and the empty set. */
class MinshengRatesTests {

    static MinshengRates.Line line(PublicStatus s, String progress, String planned, String completed) {
        return new MinshengRates.Line(s, progress == null ? null : new BigDecimal(progress),
                planned == null ? null : new BigDecimal(planned), completed == null ? null : new BigDecimal(completed));
    }

    @Test
    void anEmptySetHasNoRatesRatherThanZeroOrAHundred() {
        MinshengRates.Figures f = MinshengRates.of(List.of());
        assertThat(f.items()).isZero();
        assertThat(f.completionRate()).isNull();
        assertThat(f.startRate()).isNull();
        assertThat(f.averageProgress()).isNull();
        assertThat(f.plannedInvestment()).isNull();
        assertThat(f.completedInvestment()).isNull();
        assertThat(f.investmentRate()).isNull();
    }

    @Test
    void completionCountsCompletedItemsAndStartCountsEveryItemUnderWayOrDone() {
        MinshengRates.Figures f = MinshengRates.of(List.of(
                line(PublicStatus.COMPLETED, "100", null, null),
                line(PublicStatus.IN_PROGRESS, "40", null, null),
                line(PublicStatus.NOT_STARTED, "0", null, null)));
        assertThat(f.items()).isEqualTo(3);
        assertThat(f.completed()).isEqualTo(1);
        assertThat(f.started()).isEqualTo(2);
        assertThat(f.completionRate()).isEqualByComparingTo("33.3"); // 33.333… half-up to one decimal
        assertThat(f.startRate()).isEqualByComparingTo("66.7");      // 66.666…
        assertThat(f.averageProgress()).isEqualByComparingTo("46.7"); // 140 / 3
    }

    @Test
    void ratesRoundHalfUpToOneDecimal() {
        assertThat(MinshengRates.rate(1, 8)).isEqualByComparingTo("12.5");
        assertThat(MinshengRates.rate(1, 16)).isEqualByComparingTo("6.3");   // 6.25 → 6.3
        assertThat(MinshengRates.rate(1, 3)).isEqualByComparingTo("33.3");
        assertThat(MinshengRates.rate(2, 3)).isEqualByComparingTo("66.7");
        assertThat(MinshengRates.rate(0, 5)).isEqualByComparingTo("0.0");
        assertThat(MinshengRates.rate(5, 5)).isEqualByComparingTo("100.0");
        assertThat(MinshengRates.rate(3, 0)).isNull();
        assertThat(MinshengRates.rate(new BigDecimal("1"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void averageProgressCapsOverAchievementAtAHundredAndCountsMissingReportsAsZero() {
        MinshengRates.Figures f = MinshengRates.of(List.of(
                line(PublicStatus.IN_PROGRESS, "130", null, null),
                line(PublicStatus.NOT_STARTED, null, null, null)));
        assertThat(f.averageProgress()).isEqualByComparingTo("50.0");
    }

    @Test
    void investmentRateComparesSumsOverItemsWithAPlanAndMayExceedAHundred() {
        MinshengRates.Figures f = MinshengRates.of(List.of(
                line(PublicStatus.IN_PROGRESS, "50", "1000", "400"),
                line(PublicStatus.IN_PROGRESS, "50", "200.5", null),   // planned, nothing spent yet
                line(PublicStatus.IN_PROGRESS, "50", null, null)));    // no investment plan: not in the rate
        assertThat(f.itemsWithInvestment()).isEqualTo(2);
        assertThat(f.plannedInvestment()).isEqualByComparingTo("1200.50");
        assertThat(f.completedInvestment()).isEqualByComparingTo("400.00");
        assertThat(f.investmentRate()).isEqualByComparingTo("33.3");    // 400 / 1200.5 = 33.319…

        MinshengRates.Figures over = MinshengRates.of(List.of(line(PublicStatus.COMPLETED, "100", "100", "112.5")));
        assertThat(over.investmentRate()).isEqualByComparingTo("112.5");
    }

    @Test
    void aPlanOfZeroGivesNoInvestmentRate() {
        MinshengRates.Figures f = MinshengRates.of(List.of(line(PublicStatus.IN_PROGRESS, "10", "0", "0")));
        assertThat(f.plannedInvestment()).isEqualByComparingTo("0");
        assertThat(f.investmentRate()).isNull();
    }

    @Test
    void publishedProgressIsOneDecimalZeroBeforeAnyReportAndAtLeastAHundredOnceCompleted() {
        assertThat(MinshengRates.publicProgress(PublicStatus.IN_PROGRESS, new BigDecimal("15.65")))
                .isEqualByComparingTo("15.7");
        assertThat(MinshengRates.publicProgress(PublicStatus.NOT_STARTED, null)).isEqualByComparingTo("0.0");
        assertThat(MinshengRates.publicProgress(PublicStatus.COMPLETED, new BigDecimal("87"))).isEqualByComparingTo("100.0");
        assertThat(MinshengRates.publicProgress(PublicStatus.COMPLETED, new BigDecimal("104.35")))
                .isEqualByComparingTo("104.4");
        assertThat(MinshengRates.barWidth(new BigDecimal("104.4"))).isEqualByComparingTo("100");
    }

    @Test
    void publicStatusFollowsApprovedCompletionAndReportedProgress() {
        assertThat(PublicStatus.of(TaskStatus.COMPLETED, null)).isEqualTo(PublicStatus.COMPLETED);
        assertThat(PublicStatus.of(TaskStatus.IN_PROGRESS, new BigDecimal("100"))).isEqualTo(PublicStatus.IN_PROGRESS);
        assertThat(PublicStatus.of(TaskStatus.COMPLETION_REQUESTED, new BigDecimal("100")))
                .isEqualTo(PublicStatus.IN_PROGRESS);
        assertThat(PublicStatus.of(TaskStatus.IN_PROGRESS, BigDecimal.ZERO)).isEqualTo(PublicStatus.NOT_STARTED);
        assertThat(PublicStatus.of(TaskStatus.IN_PROGRESS, null)).isEqualTo(PublicStatus.NOT_STARTED);
        assertThat(PublicStatus.of(TaskStatus.ASSIGNED, null)).isEqualTo(PublicStatus.NOT_STARTED);
    }
}
