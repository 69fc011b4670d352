package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 22, after round 15 (sets 138, 140, 141) was scored: a 督办通报 of progress — a count and an area of one thing
 * (35户/8195.24平方米), 征迁进度100%, a part of the place whose sentence is its own (西津片区本期完成…), a total shared
 * out after 其中 among places and bodies; and a plan's section headed 责任单位 whose paragraph lists the units.
 */
class ProgressBulletinsPhrasingTest {

    @Test
    void aCountAndAnAreaOfOneThingAndTheProgressOfTheWork() {
        DirectiveDraft d = draft("截至12月31日，本期完成土地收储135.96亩，完成房屋征迁35户/8195.24平方米，征迁进度100%。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value())).containsExactly(
                tuple("土地收储", "amount", "135.96"), tuple("房屋征迁", "count", "35"), tuple("房屋征迁", "amount", "8195.24"),
                tuple("征迁进度", "share_pct", "100"));
    }

    @Test
    void aPartOfThePlaceOpeningItsSentenceIsItsFiguresTopic() {
        DirectiveDraft d = draft("从各片区完成任务情况来看：西津片区本期完成土地收储58亩；累计完成土地收储605亩，征地进度100%。\n");
        assertThat(d.figures()).extracting(f -> f.subject()).containsExactly("西津片区土地收储", "西津片区土地收储",
                "西津片区征地进度");
    }

    @Test
    void aTotalSharedOutAfterQizhongAmongPlacesAndBodies() {
        DirectiveDraft d = draft("超时未结案案件共345件，其中通州区12件，崇川区234件，市公安局1件。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> plain(f.value())).containsExactly(
                tuple("超时未结案案件", "345"), tuple("通州区超时未结案案件", "12"), tuple("崇川区超时未结案案件", "234"),
                tuple("市公安局超时未结案案件", "1"));
    }

    @Test
    void aSectionHeadedByItsLabelListsItsUnitsBelow() {
        DirectiveDraft d = draft("二、工作目标\n到2025年底，力争优良天数达到320天。\n三、责任单位\n县生态环境局、县发展改革局、县住房城乡建设局、"
                + "经开区管委会。\n四、主要内容\n方案包括攻坚目标、工作思路等内容。\n");
        assertThat(units(d)).containsExactly(tuple("县生态环境局", "owner"), tuple("县发展改革局", "owner"),
                tuple("县住房城乡建设局", "owner"), tuple("经开区管委会", "owner"));
        assertThat(d.nodes()).extracting(n -> n.marker()).containsExactly("二、", "三、", "四、");
    }
}
