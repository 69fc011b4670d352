package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 22, after round 13 (sets 130–133) was scored: a notice that breaks a work report down (分解落实《政府工作报告》)
 * writes the units an item is given to in brackets after it, unlabelled; it may say once that the first unit of each
 * list leads (由排名首位的部门牵头负责); and after a full name its lists shorten names to one character and 委 or 办.
 */
class BreakdownNoticePhrasingTest {

    @Test
    void unitsInBracketsClosingAnItemAreItsOwners() {
        DirectiveDraft d = draft("一、主要目标\n1、地区生产总值增长7%（县发改局，县政府相关部门，各乡镇人民政府，县经济开发区）。\n"
                + "2、新建农村公路80公里（县交通运输局、县公路养护中心）。\n");
        assertThat(units(d)).containsExactly(tuple("县发改局", "owner"), tuple("县政府相关部门", "owner"),
                tuple("各乡镇人民政府", "owner"), tuple("县经济开发区", "owner"), tuple("县交通运输局", "owner"),
                tuple("县公路养护中心", "owner"));
    }

    @Test
    void aBracketAfterANewsParagraphOrSayingItsOwnRoleIsNotAnUnlabelledList() {
        DirectiveDraft d = draft("会议听取了全县重点项目进展情况汇报。（县融媒体中心）\n"
                + "1、完成老旧小区改造12个（县住建局、县财政局主办）。\n");
        assertThat(units(d)).containsExactly(tuple("县住建局", "lead"), tuple("县财政局", "lead"));
    }

    @Test
    void theFirstOfEachListLeadsWhenTheNoticeSaysSoAndShortNamesAfterAFullOneAreUnits() {
        DirectiveDraft d = draft("一、主要预期目标\n1、全市生产总值增长8%以上（由市发展改革委、经委、农办、统计局负责。一项任务涉及多个部门的，"
                + "原则上由排名首位的部门牵头负责。下同）。\n2、外贸出口增长10%以上（由市商务局、财政局负责）。\n");
        assertThat(units(d)).containsExactly(tuple("市发展改革委", "lead"), tuple("经委", "co"), tuple("农办", "co"),
                tuple("统计局", "co"), tuple("市商务局", "lead"), tuple("财政局", "co"));
    }
}
