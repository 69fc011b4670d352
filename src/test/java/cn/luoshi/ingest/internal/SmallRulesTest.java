package cn.luoshi.ingest.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SmallRulesTest {

    @Test
    void chineseNumeralsBecomeNumbers() {
        assertThat(ChineseNumbers.parse("一")).isEqualByComparingTo("1");
        assertThat(ChineseNumbers.parse("两")).isEqualByComparingTo("2");
        assertThat(ChineseNumbers.parse("十五")).isEqualByComparingTo("15");
        assertThat(ChineseNumbers.parse("一百二十")).isEqualByComparingTo("120");
        assertThat(ChineseNumbers.parse("三千零五")).isEqualByComparingTo("3005");
        assertThat(ChineseNumbers.parse("二〇二二")).isEqualByComparingTo("2022");
        assertThat(ChineseNumbers.parse("1.7万")).isEqualByComparingTo(new BigDecimal("17000"));
        assertThat(ChineseNumbers.parse("方面")).isNull();
    }

    @Test
    void periodsResolveAgainstTheDirectivesDate() {
        LocalDate date = LocalDate.of(2023, 7, 31);
        assertThat(Deadlines.resolve("今年", date)).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(Deadlines.resolve("年底", date)).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(Deadlines.resolve("上半年", date)).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(Deadlines.resolve("明年", date)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Deadlines.resolve("9月底", date)).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(Deadlines.resolve("6月底", date)).as("already past: next year's").isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(Deadlines.resolve("10月31日前", date)).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(Deadlines.resolve("2025年", null)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Deadlines.resolve("今年", null)).isNull();
        assertThat(Deadlines.resolve(null, date)).isNull();
    }

    @Test
    void aSentenceAboutAnotherCityIsElsewhereUnlessItSpeaksOfTheDistrictToo() {
        assertThat(Places.aboutElsewhere("杭州为创新产业发展提供了肥沃的土壤。")).isTrue();
        assertThat(Places.aboutElsewhere("积极承接北京、上海等地优质产业转移，全区新增企业10家。")).isFalse();
        assertThat(Places.aboutElsewhere("着力将广州市场步行街打造成潮流时尚消费街区。")).isFalse();
    }

    @Test
    void theSpeakingGovernmentsLevelIsHowItNamesItself() {
        assertThat(Places.ownLevel("全区上下要…我区…区委")).isEqualTo("区");
        assertThat(Places.ownLevel("全县上下要…我县…县委…全市")).isEqualTo("县");
    }
}
