package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 18: headings as newspapers and web pages lay them out (版式) — a numeral set off by a space, a bullet before
 * a numbered item, and a byline's "21世纪" that is no item number.
 */
class NewspaperLayoutPhrasingTest {

    @Test
    void aNumeralSetOffByASpaceHeadsTheBulletedItemsUnderIt() {
        DirectiveDraft d = draft("全力打好发展组合拳\n\n一 打造营商服务环境新标杆\n\n●一是深化动力变革\n\n●二是优化政务服务\n\n"
                + "二 打造先进制造平台新标杆\n\n●一是扩大集群规模\n");
        assertThat(d.structure()).extracting(n -> tuple(n.depth(), n.marker(), n.title()))
                .containsExactly(tuple(1, "一", "打造营商服务环境新标杆"), tuple(2, "一是", "深化动力变革"),
                        tuple(2, "二是", "优化政务服务"), tuple(1, "二", "打造先进制造平台新标杆"), tuple(2, "一是", "扩大集群规模"));
    }

    @Test
    void aNumeralWithASpaceInsideProseIsNoHeading() {
        DirectiveDraft d = draft("会议指出，一 年来全区上下共同努力，取得了明显成效。\n");
        assertThat(d.structure()).isEmpty();
    }

    @Test
    void theCenturyOfABylineIsNoItemNumber() {
        DirectiveDraft d = draft("安徽省政府工作报告解读\n21 世纪经济报道记者胡丽华杭州报道\n全省生产总值增长5.8%。\n");
        assertThat(d.structure()).isEmpty();
    }

    @Test
    void aForumsAntiCopyNoiseIsDroppedAndTheLinesStayApart() {
        DirectiveDraft d = draft("民生实事\n马厂七期6栋396套安置房完成主体工程(三水街道牵头)' l1 J8 n9 Y9 x\n"
                + "兴梁公寓9栋312套安置房主体工程完成正负零(梁徐街道牵头)9 @! _2 C* M0 C% r+ U' q\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::title).containsExactly(
                "马厂七期6栋396套安置房完成主体工程（三水街道牵头）", "兴梁公寓9栋312套安置房主体工程完成正负零（梁徐街道牵头）");
        assertThat(Drafted.units(d)).containsExactly(tuple("三水街道", "lead"), tuple("梁徐街道", "lead"));
    }

    @Test
    void asciiThatIsTextStays() {
        DirectiveDraft d = draft("空气质量\nPM2.5 O3 NO2 SO2 CO五项指标全部达标，5G基站新建120个。\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::title).allMatch(t -> t.startsWith("PM2.5 O3 NO2 SO2 CO五项"));
        assertThat(d.figures()).extracting(f -> Drafted.plain(f.value())).contains("120");
    }
}
