package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** 常用词判断: the share of rows estimated to hold a word, from the index's most common pieces (cases of the bench). */
class SearchStatisticsTest {

    /** Every generated report says 第k次报送：按计划推进; task names are 城市级任务n, digits everywhere. */
    private static final Map<String, Float> REPORTS = Map.of("按计", 1f, "计划", 1f, "划推", 1f, "推进", 1f, "报送", 1f);
    private static final Map<String, Float> TASKS = Map.of("任务", 1f, "务1", 0.11f, "12", 0.05f, "23", 0.05f,
            "34", 0.05f, "45", 0.05f);

    private static boolean common(Map<String, Float> freq, float least, String word) {
        return SearchStatistics.share(freq, least, SearchQuery.bigrams(word)) >= SearchStatistics.COMMON;
    }

    @Test
    void aWordWhosePiecesAlwaysOccurTogetherIsCommon() {
        assertThat(common(REPORTS, 1f, "推进")).isTrue();
        assertThat(common(REPORTS, 1f, "按计划推进")).isTrue();
    }

    @Test
    void aWordOfCommonPiecesIsRareWhenTogetherTheyAreNot() {
        assertThat(common(TASKS, 0.05f, "任务12345")).isFalse();
        assertThat(common(TASKS, 0.05f, "任务")).isTrue();
    }

    @Test
    void aPieceMissingFromTheListIsRarerThanTheLeastListed() {
        // 迁改 is in 0.1% of the reports, below the least listed piece (100%): half of that would say 50%.
        assertThat(common(REPORTS, 1f, "迁改")).isFalse();
        assertThat(SearchStatistics.share(REPORTS, 1f, SearchQuery.bigrams("迁改"))).isEqualTo(0.005);
        assertThat(SearchStatistics.share(REPORTS, 0.004f, SearchQuery.bigrams("迁改"))).isCloseTo(0.002, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void piecesAreLowerCasedCodePoints() {
        assertThat(SearchQuery.bigrams("PM2.5")).containsExactly("pm", "m2", "2.", ".5");
        assertThat(SearchQuery.bigrams("路")).isEmpty();
    }
}
