package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 22, after round 17 (set 149) was scored: news of a work report — 报告中提到，2023年… reports when a later
 * sentence (not only a paragraph) opens with the plan's year (…出现多次。2024年，陕西将…); a paragraph that opens with
 * last year looks back only up to the sentence that opens with the plan's year; 力争“十四五”以来累计降低10%左右 promises;
 * gas in 亿方; a paragraph that goes on with the plan of the one before (具体来看，…); prices that 上涨.
 */
class ProvincialReportNewsPhrasingTest {

    @Test
    void lastYearSaidByTheReportIsAResultWhenTheYearOfThePlanOpensALaterSentence() {
        DirectiveDraft d = draft("报告中提到，2023年全省生产总值达到33786亿元、增长4.3%。\n"
                + "新型工业化在报告中出现多次。2024年，全省将推动重点产业链群做优做强，规上工业增加值增长6%。\n");
        assertThat(d.figures()).extracting(f -> f.measure(), f -> plain(f.value()))
                .containsExactlyInAnyOrder(tuple("amount", "33786"), tuple("growth_pct", "4.3"));
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("6");
    }

    @Test
    void aParagraphOpeningWithLastYearLooksAheadFromTheSentenceOpeningWithThePlansYear() {
        DirectiveDraft d = draft("2023年，该县先后获评全国重点产茶县域等称号。2024年，该县将深入实施强县工程。"
                + "力争实现地区生产总值增长10%以上，固定资产投资增长13%以上。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("10", "13");
    }

    @Test
    void aCumulativeGoalSinceTheFiveYearPlanBeganAndGasInYiFang() {
        DirectiveDraft d = draft("2024年主要预期目标：单位生产总值能耗降低2.5%以上，力争“十四五”以来累计降低10%左右；"
                + "煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), t -> t.unit()).containsExactly(
                tuple("2.5", "%"), tuple("10", "%"), tuple("7.8", "亿吨"), tuple("2470", "万吨"), tuple("350", "亿方"));
    }

    @Test
    void aParagraphThatGoesOnWithThePlanOfTheOneBefore() {
        DirectiveDraft d = draft("2024年，全省将推动重点产业链群做优做强，规上工业增加值增长6%。\n\n"
                + "具体来看，坚持稳煤、扩油、增气并举，新增新能源装机1000万千瓦以上，能源工业增加值增长5%。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), t -> t.unit()).containsExactly(
                tuple("6", "%"), tuple("1000", "万千瓦"), tuple("5", "%"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void pricesToRiseByAboutThreePercentIsAGoal() {
        DirectiveDraft d = draft("今年经济社会发展的主要预期目标是：地区生产总值增长5%；居民消费价格指数上涨3%左右。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), t -> t.object()).containsExactly(
                tuple("5", "地区生产总值增长"), tuple("3", "居民消费价格指数上涨"));
    }
}
