package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 18: where a news report of a plan says its goals (预期目标) — after a lead such as 指标体系安排，具体为：, and
 * in a paragraph that opens with the years ahead (到2027年，…) before the year's goals are named.
 */
class PlanLeadsPhrasingTest {

    @Test
    void whatFollowsAnIndicatorPlansLeadIsGoals() {
        DirectiveDraft d = draft("高邮市2021年计划草案报告\n周建峰在报告中提出了2021年全市经济社会高质量发展指标体系安排，具体为："
                + "地区生产总值增长6.5%左右；规上工业增加值增长9%；注册外资实际到账达1.2亿美元。\n");
        assertThat(d.targets()).extracting(t -> tuple(plain(t.value()), t.unit()))
                .containsExactly(tuple("6.5", "%"), tuple("9", "%"), tuple("1.2", "亿美元"));
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aParagraphOfTheYearsAheadPlansEvenBeforeTheYearsGoals() {
        DirectiveDraft d = draft("安徽省政府工作报告\n报告指出，过去五年，全省生产总值达到4.5万亿元左右。\n"
                + "到2027年，安徽全省人均地区生产总值达到11万元以上。\n"
                + "其中，2023年主要预期目标是：全省生产总值增长6.5%左右。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("11", "6.5");
        assertThat(d.figures()).extracting(f -> plain(f.value())).containsExactly("4.5");
    }

    @Test
    void aLeaderWhoPutsForwardDemandsCountsNoDeliverables() {
        DirectiveDraft d = draft("会议精神传达\n省委书记提出了“要更加注重提高质量和效益；更加注重保障和改善民生”两个“更加注重”的要求。\n");
        assertThat(d.targets()).isEmpty();
    }
}
