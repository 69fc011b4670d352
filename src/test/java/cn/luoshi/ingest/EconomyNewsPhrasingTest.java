package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 22, after round 16 (sets 142–145) was scored: a change against two earlier periods said once with 比 (比1-4月
 * 和1-5月分别回升7.5和1.8个百分点); electricity in 亿度; a page's byline run into its headline and its counters
 * (0 人参与互动) are not the text's.
 */
class EconomyNewsPhrasingTest {

    @Test
    void aChangeAgainstTwoEarlierPeriodsSaidOnceWithBi() {
        DirectiveDraft d = draft("上半年，全市固定资产投资同比增长12.4%，增速连续2个月回升，比1-4月和1-5月分别回升7.5和1.8个百分点。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("gap_pp"))
                .extracting(f -> f.subject(), f -> plain(f.value()))
                .containsExactly(tuple("固定资产投资增速", "7.5"), tuple("固定资产投资增速", "1.8"));
    }

    @Test
    void electricityInYiDu() {
        DirectiveDraft d = draft("1-6月，全市工业用电量为13.12亿度，增长6.6%。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value()), f -> f.unit())
                .containsExactly(tuple("工业用电量", "amount", "13.12", "亿度"), tuple("工业用电量", "growth_pct", "6.6", "%"));
    }

    @Test
    void aBylineRunIntoTheHeadlineAndThePagesCountersAreNotTheTexts() {
        DirectiveDraft d = draft("全市经济运行向好 上半年全市完成地区生产总值272.86亿元 来源:市融媒体中心 0 人参与互动 2023年07月29日\n"
                + "上半年，全市完成地区生产总值272.86亿元，同比增长7.1%。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> plain(f.value())).containsExactly(
                tuple("地区生产总值", "272.86"), tuple("地区生产总值", "272.86"), tuple("地区生产总值", "7.1"));
    }
}
