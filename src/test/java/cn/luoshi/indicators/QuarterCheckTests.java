package cn.luoshi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** 以月保季、以季保年 on numbers in the seeds' style ("1–10月增长4.1%，全年目标6%"). */
class QuarterCheckTests {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void insideAQuarterTheMonthsLeftMustCarryTheQuarterToTheYearsTarget() {
        // 1–2月 增长2.1%，全年目标8%：3月需增长 (3×1.08 − 2×1.021) ÷ 1 − 1 = 19.8%（上年各月均匀估算）
        QuarterCheck q = QuarterCheck.of(YearMonth.of(2026, 2), d("2.1"), d("8"), null, null);
        assertThat(q.quarterEnd()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(q.monthsLeft()).isEqualTo(1);
        assertThat(q.need()).isEqualByComparingTo("19.8");
        assertThat(q.approximate()).isTrue();
        assertThat(q.words()).isEqualTo("以月保季：一季度累计增长要达到年度目标8%，3月需增长19.8%*");
    }

    @Test
    void withLastYearsLevelsTheNeedUsesThem() {
        // 1–10月增长4.1%，全年目标6%；上年1–10月80亿元、1–12月（季末）100亿元：后2个月需 (106 − 83.28) ÷ 20 − 1 = 13.6%
        QuarterCheck q = QuarterCheck.of(YearMonth.of(2026, 10), d("4.1"), d("6"), d("80"), d("100"));
        assertThat(q.monthsLeft()).isEqualTo(2);
        assertThat(q.need()).isEqualByComparingTo("13.6");
        assertThat(q.approximate()).isFalse();
        assertThat(q.words()).isEqualTo("以月保季：全年累计增长要达到年度目标6%，后2个月（11–12月）需增长13.6%");
        // the same without levels: the year's remaining-months rule, 15.5%
        assertThat(QuarterCheck.of(YearMonth.of(2026, 10), d("4.1"), d("6"), null, null).need())
                .isEqualByComparingTo("15.5");
    }

    @Test
    void inTheMiddleOfTheSecondQuarter() {
        // 1–4月增长3.3%（004 的全市GDP），目标6%：5–6月需 (6×1.06 − 4×1.033) ÷ 2 − 1 = 11.4%
        QuarterCheck q = QuarterCheck.of(YearMonth.of(2026, 4), d("3.3"), d("6"), null, null);
        assertThat(q.need()).isEqualByComparingTo("11.4");
        assertThat(q.monthsLeftLabel()).isEqualTo("后2个月（5–6月）");
    }

    @Test
    void atAQuartersEndTheCheckSaysWhetherTheQuarterKeptTheYear() {
        // 004: 上半年区GDP增长3.4%，目标6%：以季保年未达到，差2.6个百分点
        QuarterCheck half = QuarterCheck.of(YearMonth.of(2026, 6), d("3.4"), d("6"), null, null);
        assertThat(half.monthsLeft()).isZero();
        assertThat(half.need()).isNull();
        assertThat(half.reached()).isFalse();
        assertThat(half.words()).isEqualTo("以季保年：上半年累计增长3.4%，低于年度目标6%（差2.6个百分点）");
        QuarterCheck q3 = QuarterCheck.of(YearMonth.of(2026, 9), d("6"), d("6"), null, null);
        assertThat(q3.reached()).isTrue();
        assertThat(q3.words()).isEqualTo("以季保年：前三季度累计增长6%，达到年度目标6%");
    }

    @Test
    void withoutGrowthOrTargetThereIsNoCheck() {
        assertThat(QuarterCheck.of(YearMonth.of(2026, 5), null, d("6"), null, null)).isNull();
        assertThat(QuarterCheck.of(YearMonth.of(2026, 5), d("2"), null, null, null)).isNull();
    }
}
