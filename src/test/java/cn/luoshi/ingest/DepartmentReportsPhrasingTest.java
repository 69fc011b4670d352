package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 22, after round 14 (sets 134–137) was scored: a department's 工作开展情况 reports; a 主要协作单位 field helps;
 * 积极配合，统筹推进 is a way of doing one's own work; what an industry produces said alone after another of its values
 * (总产值…，增加值…); a clause closed by %, before the next one; a decimal point with spaces; a number inside a
 * document's title in 《》 and 一项 as an article are not counts.
 */
class DepartmentReportsPhrasingTest {

    @Test
    void aSectionOnHowTheYearsWorkWentReports() {
        DirectiveDraft d = draft("一、2024年工作开展情况\n1、全力稳定粮油生产。全年油料种植面积13.3万亩，新改建高标准农田2.4万亩。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).containsExactly("13.3", "2.4");
    }

    @Test
    void aMainHelpersFieldHelpsAndAWayOfDoingOnesOwnWorkIsNoHelp() {
        DirectiveDraft d = draft("1.创建国家卫生县城。\n牵头责任单位：县卫健委\n主要协作单位：各乡镇人民政府、县经济开发区管委会\n\n"
                + "会上，副县长要求各乡镇、有关部门要按照工作安排，积极配合，统筹推进，分步实施。\n");
        assertThat(units(d)).containsExactly(tuple("县卫健委", "lead"), tuple("各乡镇人民政府", "co"),
                tuple("县经济开发区管委会", "co"), tuple("各乡镇", "owner"), tuple("有关部门", "owner"));
    }

    @Test
    void valueAddedSaidAloneAfterTheOutputIsOfTheSameIndustry() {
        DirectiveDraft d = draft("1-10月，全县规模工业完成总产值13.29亿元，同比增长17.9%；实现增加值4.29亿元，同比增长18.4%。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("amount"))
                .extracting(f -> f.subject(), f -> plain(f.value())).containsExactly(
                        tuple("规模工业总产值", "13.29"), tuple("规模工业增加值", "4.29"));
    }

    @Test
    void aPercentClosesItsClauseAndASpacedDecimalPointIsOneNumber() {
        DirectiveDraft d = draft("1-5月，全区固定资产投资57.8亿元，同比增长22.6%,较1-4月提高5.0个百分点。社会消费品零售总额169 . 3亿元。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value())).contains(
                tuple("固定资产投资", "growth_pct", "22.6"), tuple("社会消费品零售总额", "amount", "169.3"));
    }

    @Test
    void aNumberInADocumentsTitleAndOneAsAnArticleAreNoCounts() {
        DirectiveDraft d = draft("会议研究了《全域旅游六个一行动方案》（送审稿）。对口合作是一项重大举措，是一项政治任务。"
                + "今年要完成8个突出生态环境问题整改。\n");
        assertThat(d.figures()).isEmpty();
        assertThat(d.targets()).extracting(t -> plain(t.value()), t -> t.unit()).containsExactly(tuple("8", "个"));
    }
}
