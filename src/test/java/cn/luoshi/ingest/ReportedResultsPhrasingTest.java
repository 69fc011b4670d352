package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 20, each rule on sentences of its own: a text without markers is split into one node per sentence, and such
 * a node is no section that looks ahead — a news report's 达到32% is a result unless the text mostly looks ahead (将,
 * 力争, 今年…) or names a plan near its top (民生实事); 元至7月 and 占计划的N% report; 基本情况 heads a review.
 */
class ReportedResultsPhrasingTest {

    @Test
    void aNewsReportWithoutMarkersStatesResults() {
        DirectiveDraft d = draft("区委全会召开\n王明说，五年来，全区经济实力稳步提升。全区产业能级持续攀升，规上工业总产值突破千亿元，"
                + "主导产业占比提升至86%，工业增加值占地区生产总值比重达到32%。\n"
                + "全区项目建设量质齐升，引进产业项目663个，其中投资过百亿元项目4个。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("1000", "32", "663", "4");
    }

    @Test
    void aNewsReportOfAPlanWithoutMarkersStillSetsTargets() {
        // most of its sentences look ahead (将): the sentences of the plan that say only the work are targets too
        DirectiveDraft d = draft("市人代会开幕\n5月12日，政府工作报告提出今年我市将推进城市提质，安排城建项目347项。\n"
                + "我市将改造34条城市道路，打通17条断头路。\n新建改造13个街头游园，实施26条人行道整修改造。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).contains("347", "34", "17", "13", "26");
        assertThat(d.figures()).isEmpty();
        // …and so are the lines of a 民生实事 list named at the top, whatever their verbs
        DirectiveDraft list = draft("2025年民生实事出炉\n经区人大票决，10件民生实事正式确定。\n完成10家规范化村卫生室建设。\n"
                + "新建ICU床位30张。\n建成幸福大院10家。\n");
        assertThat(list.targets()).extracting(t -> plain(t.value())).contains("10", "30");
    }

    @Test
    void theMonthsToDateWrittenWithADigitReport() {
        DirectiveDraft d = draft("8月17日，记者从县统计局获悉。\n元至7月，全县财政总收入突破4.27亿元。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).containsExactly("4.27");
    }

    @Test
    void aShareOfThePlanReportsAndABasicSituationHeadingReviews() {
        DirectiveDraft d = draft("重点项目督查通报\n一、基本情况\n目前，全市重点项目完成投资17.74亿元，占计划的9.64%。其中：工业项目完成投资"
                + "8.49亿元，占计划的8.93%；基础设施项目完成投资2.3亿元，占计划的7.65%。\n二、下步工作\n"
                + "各县区要加快项目建设，确保年内完成投资200亿元。\n");
        assertThat(d.nodes().get(0).kind()).isEqualTo("review");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("200");
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("17.74", "8.49", "2.3", "8.93");
    }
}
