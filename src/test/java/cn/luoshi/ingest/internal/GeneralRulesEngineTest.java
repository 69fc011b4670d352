package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.DirectiveDraft.Figure;
import cn.luoshi.ingest.DirectiveDrafter;
import cn.luoshi.ingest.DirectiveDraft.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rules that need the whole engine (sections, leads): each names the sentence of a genre sample behind it. */
class GeneralRulesEngineTest {

    private static DirectiveDraft draft(String text) {
        return DirectiveDrafter.create().draft("t.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.LocalDate.of(2025, 3, 15));
    }

    @Test
    void aCountWithAnActionVerbButNoForwardWordIsAFact() {
        // heldout-economic-speech: 规模以上工业企业达到186家, in a section that reports the first three quarters
        var d = draft("一、准确把握经济运行态势\n今年前三季度，全区实现地区生产总值248.3亿元，同比增长5.4%。规模以上工业企业达到186家。\n"
                + "二、全力冲刺全年目标任务\n年底前新增规模以上工业企业不少于12家。\n");
        assertThat(d.targets()).extracting(Target::value).containsExactly(new BigDecimal("12"));
        assertThat(d.figures()).extracting(Figure::measure, Figure::value)
                .contains(tuple("count", new BigDecimal("186")));
    }

    @Test
    void theItemsAfterWhatAMeetingDecidedAreCommitments() {
        // meeting-minutes: 会议议定：…2.新建改建城市道路12条，新增停车泊位3000个。
        var d = draft("一、关于城市更新工作\n会议认为，去年全区完成老旧小区改造41个。\n会议议定：\n1.今年计划改造老旧小区35个。\n"
                + "2.新建改建城市道路12条，新增停车泊位3000个。由区城管局负责。\n");
        assertThat(d.targets()).extracting(Target::value, Target::unit).containsExactly(
                tuple(new BigDecimal("35"), "个"), tuple(new BigDecimal("12"), "条"), tuple(new BigDecimal("3000"), "个"));
        assertThat(d.figures()).extracting(Figure::value).containsExactly(new BigDecimal("41"));
    }
}
