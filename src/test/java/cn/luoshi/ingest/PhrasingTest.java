package cn.luoshi.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Phrasings issue 18 lists, each with a sentence of the kind published reports use. */
class PhrasingTest {

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();

    private static DirectiveDraft draft(String text) {
        return DRAFTER.draft("t.txt", text, LocalDate.of(2025, 10, 20));
    }

    @Test
    void oneRankSharedByAListOfSubjectsIsOneRankEach() {
        DirectiveDraft d = draft("一、正视差距\n1—9月份，规上工业增加值、固定资产投资、社会消费品零售总额增速全市排名第3。固定资产投资增长6.2%，保持全市第1。");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank"))
                .extracting(DirectiveDraft.Figure::subject, f -> f.value().intValue()).containsExactly(
                        tuple("规上工业增加值增速", 3), tuple("固定资产投资增速", 3), tuple("社会消费品零售总额增速", 3),
                        tuple("固定资产投资", 1));
    }

    @Test
    void aWayOfSpeakingAndASpanOfTimeAreNotCounts() {
        DirectiveDraft d = draft("今天召开会议，部署四季度三项重点工作。\n一、抓项目\n力争提前两个月完成全年投资任务，新开工项目15个。");
        assertThat(d.figures()).isEmpty();
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(15);
    }

    @Test
    void aNumberInsideTheNounPhraseOfWhatIsEnsuredIsATarget() {
        DirectiveDraft d = draft("一、扩大有效投资\n全年实施重点项目160个，确保32个省市重点项目全部开工。");
        assertThat(d.targets()).extracting(t -> t.value().intValue(), DirectiveDraft.Target::object)
                .containsExactly(tuple(160, "实施重点项目"), tuple(32, "省市重点项目"));
    }

    @Test
    void reviewedIncomesZippedWithTheirSubjectsAreTwoAmountsAndTwoGrowths() {
        DirectiveDraft d = draft("一、2024年工作回顾\n过去一年，城镇和农村常住居民人均可支配收入分别完成52360元、28740元，分别增长4.8%、6.4%。");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, DirectiveDraft.Figure::measure,
                f -> f.value().doubleValue()).containsExactly(
                        tuple("城镇常住居民人均可支配收入", "amount", 52360.0), tuple("农村常住居民人均可支配收入", "amount", 28740.0),
                        tuple("城镇常住居民人均可支配收入", "growth_pct", 4.8), tuple("农村常住居民人均可支配收入", "growth_pct", 6.4));
    }
}
