package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 22, after round 13 (sets 130–133) was scored: where a value places, said in a report's news (总量稳居全市第一,
 * 总量和增速均位居全省第3位, 城镇、农村居民人均可支配收入均排名城区第一, 分别居第1位、第2位) — each measure of the value
 * said first, a head shared by short words, and a sentence that places a value reports it; a goal named after its
 * values (…2万人次目标任务); a page's clutter (发布时间：…点击次数：…返回上页) is not a task.
 */
class PlacesAndGoalsNamedAfterPhrasingTest {

    @Test
    void eachMeasureOfTheValueSaidFirstPlacesOnItsOwn() {
        DirectiveDraft d = draft("报告指出，过去一年全区取得较好成绩。全区一般公共预算收入完成18.6亿元，总量稳居全市第一；增速5%，"
                + "增幅排名全市第二。上半年，全区完成地区生产总值512.3亿元，同比增长6.2%，总量和增速均位居全市第3位。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank"))
                .extracting(f -> f.subject(), f -> plain(f.value())).containsExactly(
                        tuple("一般公共预算收入总量", "1"), tuple("一般公共预算收入增幅", "2"),
                        tuple("地区生产总值总量", "3"), tuple("地区生产总值增速", "3"));
        assertThat(d.targets()).isEmpty();
    }

    @Test
    void shortWordsShareTheLastItemsHeadAndPlacesListedAreZipped() {
        DirectiveDraft d = draft("2024年，全县城镇、农村居民人均可支配收入均排名全市第一。全县地区生产总值326.5亿元、增长5.8%，"
                + "经济总量和增速分别居全市8个县区第2位、第4位。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank"))
                .extracting(f -> f.subject(), f -> plain(f.value())).containsExactly(
                        tuple("城镇居民人均可支配收入", "1"), tuple("农村居民人均可支配收入", "1"),
                        tuple("经济总量", "2"), tuple("地区生产总值增速", "4"));
    }

    @Test
    void aGoalNamedAfterItsValuesLeavesThemTargets() {
        DirectiveDraft d = draft("会议要求，要强化服务保障，确保完成全年新增就业创业2.5万人次、新增高校毕业生就业创业8000人次、"
                + "新增农村劳动力转移就业1.2万人目标任务。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), t -> t.unit(), t -> t.object()).containsExactly(
                tuple("2.5", "万人次", "完成全年新增就业创业"), tuple("8000", "人次", "新增高校毕业生就业创业"),
                tuple("1.2", "万人", "新增农村劳动力转移就业"));
    }

    @Test
    void aPagesClutterIsNoTask() {
        DirectiveDraft d = draft("坚决稳住就业基本盘\n发布时间：2024-07-07  所属栏目：本地要闻  点击次数：1621  返回上页\n"
                + "会上，副市长要求各级各部门要落实就业政策，确保完成全年就业目标任务。\n");
        assertThat(d.nodes()).extracting(n -> n.title()).noneMatch(t -> t.contains("发布时间"));
    }
}
