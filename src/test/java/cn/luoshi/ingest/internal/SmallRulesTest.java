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
        // the place must be what the sentence speaks of: the subject of a clause or an example (如…深圳); inside a
        // clause it is a partner, a brand or a scheme of the county's own work (held-out county work reports, set 5)
        assertThat(Places.aboutElsewhere("开放意味着创新，如1.7万家国家高新技术企业齐聚深圳，共创科技之都。")).isTrue();
        assertThat(Places.aboutElsewhere("抓好重点群体就业，推进“人人持证、技能洛阳”建设，确保全年新增就业6000人以上。")).isFalse();
        assertThat(Places.aboutElsewhere("学习浙江“千万工程”经验，全年建成秀美共富村5个、精美示范村7个。")).isFalse();
        assertThat(Places.aboutElsewhere("抓好北京联东、智能制造等4个科技产业社区建设。")).isFalse();
        assertThat(Places.aboutElsewhere("深化同天津中医药大学第一附属医院合作，带动中医药产业发展。")).isFalse();
    }

    @Test
    void theSpeakingGovernmentsLevelIsHowItNamesItself() {
        assertThat(Places.ownLevel("全区上下要…我区…区委")).isEqualTo("区");
        assertThat(Places.ownLevel("全县上下要…我县…县委…全市")).isEqualTo("县");
    }
}
