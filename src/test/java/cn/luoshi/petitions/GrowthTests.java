package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** 同比/环比 with the seed's own figures (004) and the office's rule: cut, not rounded. */
class GrowthTests {

    @Test
    void theSeedsNationalVolumeMeansLastYearsFourHundredAndSeventy() {
        assertThat(Growth.OFFICE.percent(2185, 470)).isEqualByComparingTo("364.89"); // 364.8936…
        assertThat(Growth.OFFICE.phrase("同比", 2185, 470)).isEqualTo("同比上升364.89%");
    }

    @Test
    void theSeedsLettersAreCutNotRounded() {
        // (1738 − 62) / 62 = 27.032258… → 2703.2258…%
        assertThat(Growth.OFFICE.percent(1738, 62)).isEqualByComparingTo("2703.22");
        assertThat(new Growth(RoundingMode.HALF_UP, 2).percent(1738, 62)).isEqualByComparingTo("2703.23");
        assertThat(Growth.of("四舍五入", 2).percent(1738, 62)).isEqualByComparingTo("2703.23");
        assertThat(Growth.of("cut", 2).phrase("同比", 1738, 62)).isEqualTo("同比上升2703.22%");
    }

    @Test
    void fallsFlatsAndNothingLastYear() {
        assertThat(Growth.OFFICE.phrase("环比", 70, 80)).isEqualTo("环比下降12.50%");
        assertThat(Growth.OFFICE.phrase("环比", 2, 3)).isEqualTo("环比下降33.33%"); // −33.333… cut toward zero
        assertThat(new Growth(RoundingMode.HALF_UP, 2).phrase("环比", 1, 3)).isEqualTo("环比下降66.67%");
        assertThat(Growth.OFFICE.phrase("环比", 1, 3)).isEqualTo("环比下降66.66%");
        assertThat(Growth.OFFICE.phrase("同比", 50, 50)).isEqualTo("同比持平");
        assertThat(Growth.OFFICE.percent(12, 0)).isNull();
        assertThat(Growth.OFFICE.phrase("同比", 12, 0)).isEqualTo("上年同期为0");
        assertThat(Growth.OFFICE.phrase("同比", 0, 0)).isEqualTo("同比持平");
        assertThatThrownBy(() -> Growth.of("banker", 2)).hasMessageContaining("未知的取舍规则");
    }

    @Test
    void theSentencesComeOutInTheSpeechesPhrasing() {
        String s = Sentences.asOf(java.time.YearMonth.of(2026, 6), false) + "，"
                + Sentences.volume("到国家局", 2185, 470L, VisitCount.Measure.MIXED, Growth.OFFICE) + "，其中"
                + Sentences.channel("到国家局", Channel.LETTER, 1738, 62L, VisitCount.Measure.REGISTRATIONS,
                        Growth.OFFICE);
        assertThat(s).isEqualTo("截至6月底，到国家局信访量2185件人次，同比上升364.89%，其中到国家局来信1738件次，同比上升2703.22%");
        assertThat(Sentences.trend(new long[] {100, 120, 120, 180})).isEqualTo("逐月上升趋势明显");
        assertThat(Sentences.trend(new long[] {100, 90, 120})).isEqualTo("有升有降");
    }
}
