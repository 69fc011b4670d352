package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 22, after round 13 (sets 130–133) was scored: a work report without markers, its review under a line of its
 * own (2024年工作回顾) whose first sentence says 2024年是…目标任务的关键一年; a report's digest in bullets (●) under
 * 主要预期目标; a place in a list said with nothing before it; a congress's session (十九届人大四次会议), who was absent
 * and the agenda's items are not figures.
 */
class ReportDigestsPhrasingTest {

    @Test
    void aReviewUnderALineOfItsOwnReportsThoughItsFirstSentenceNamesTheYearsGoals() {
        DirectiveDraft d = draft("2025年某区政府工作报告\n2024年工作回顾\n2024年是实现“十四五”规划目标任务的关键一年，较好完成了区十九届人大"
                + "四次会议确定的目标任务。\n经济发展实现新跨越。全年投放贷款180.5亿元、减税降费6.2亿元，新增“四上”企业48户。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> f.measure(), f -> plain(f.value())).containsExactly(
                tuple("amount", "180.5"), tuple("amount", "6.2"), tuple("count", "48"));
    }

    @Test
    void bulletsUnderAHeadingOfGoalsAreTargetsAndABulletIsNoPartOfASubject() {
        DirectiveDraft d = draft("一图读懂政府工作报告\n2024年工作回顾\n●地区生产总值预计超1800亿元，同比增长4%左右\n"
                + "●位列全国市辖区高质量发展百强第12名\n2025年这样干\n主要预期目标\n●地区生产总值增长5.5%\n●规模以上工业增加值增长6%\n"
                + "●社会消费品零售总额增长5%\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), t -> t.object()).containsExactly(
                tuple("5.5", "地区生产总值增长"), tuple("6", "规模以上工业增加值增长"), tuple("5", "社会消费品零售总额增长"));
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value())).containsExactly(
                tuple("地区生产总值", "amount", "1800"), tuple("地区生产总值", "growth_pct", "4"),
                tuple("全国市辖区高质量发展百强", "rank", "12"));
    }

    @Test
    void aSessionWhoWasAbsentAndTheAgendaAreNoFigures() {
        DirectiveDraft d = draft("区十二届人大二次会议开幕。会议应出席代表219名，因事因病请假缺席10名，实出席代表209名，符合法定人数。"
                + "本次会议的议程共三项。报告指出，去年全区生产总值241亿元，增长6.5%。\n");
        assertThat(d.figures()).extracting(f -> f.measure(), f -> plain(f.value())).containsExactly(
                tuple("amount", "241"), tuple("growth_pct", "6.5"));
    }
}
