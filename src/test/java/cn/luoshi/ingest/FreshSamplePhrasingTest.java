package cn.luoshi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The general rules written after the session-8 samples were first scored, each on sentences of its own (not the
 * samples'): the phrasing it names, and what must not change.
 */
class FreshSamplePhrasingTest {

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();

    private static DirectiveDraft draft(String text) {
        return DRAFTER.draft("t.txt", text, LocalDate.of(2025, 5, 20));
    }

    @Test
    void pointsOfReportedSpeechWrittenAsClausesAfterAColonAreTheStructureOfANewsReport() {
        DirectiveDraft d = draft("""
                北湾区召开安全生产专题会议
                本报讯 5月12日，北湾区召开安全生产专题会议。副区长刘洋出席并讲话。
                刘洋就下一步工作提出要求：一要压实企业主体责任，年底前完成危化企业隐患排查120家；二要强化执法检查，区应急管理局牵头；三要做好应急准备。
                会议还通报了近期事故情况。""");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker, DirectiveDraft.Node::depth)
                .containsExactly(tuple("一要", 1), tuple("二要", 1), tuple("三要", 1));
        assertThat(d.nodes().get(0).title()).startsWith("压实企业主体责任");
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(120);
    }

    @Test
    void clausesOfOneSentenceInsideAStructuredSpeechStayOneNode() {
        DirectiveDraft d = draft("一、抓好城市建设\n每个社区都要抓好三个方面：一要有文化；二要有特色；三要有活力。\n二、抓好产业发展\n新增企业8家。");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker).containsExactly("一、", "二、");
    }

    @Test
    void aPersonInChargeOfAUnitIsNotTheUnitLeading() {
        DirectiveDraft d = draft("一、抓好落实\n会上，各街道负责人作了表态发言，区教育局负责人汇报了工作。");
        assertThat(d.units()).noneMatch(u -> u.role().equals("lead"));
    }

    @Test
    void aUnitThatActsAtFixedTimesIsGivenThatWork() {
        DirectiveDraft d = draft("一、强化督办\n县政府督查室每月通报一次进展，区统计局定期发布监测数据。");
        assertThat(d.units()).extracting(DirectiveDraft.UnitMention::name, DirectiveDraft.UnitMention::role)
                .contains(tuple("县政府督查室", "owner"), tuple("区统计局", "owner"));
    }

    @Test
    void aRankAmongCountedPeersTakesTheSubjectBeforeAndIsNoCount() {
        DirectiveDraft d = draft("一、看清形势\n1—4月份，全区一般公共预算收入增长3.5%，增速在全市12个区县中排名第9。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::measure, f -> f.value().intValue(),
                DirectiveDraft.Figure::subject).containsExactly(tuple("growth_pct", 3, "一般公共预算收入"),
                tuple("rank", 9, "一般公共预算收入增速"));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank")).singleElement()
                .satisfies(f -> assertThat(f.reference()).isEqualTo("全市"));
    }

    @Test
    void laggingBehindIsANegativeGap() {
        DirectiveDraft d = draft("一、看清形势\n工业投资完成12.4亿元，滞后时间进度6.5个百分点。");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("gap_pp")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("-6.5"));
    }

    @Test
    void oneRankSaidOfSeveralSubjectsWithJunIsOneRankEach() {
        DirectiveDraft d = draft("一、看清形势\n建筑业产值、限上批零业销售额增速均列全市第2。");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> f.value().intValue())
                .containsExactly(tuple("建筑业产值增速", 2), tuple("限上批零业销售额增速", 2));
    }

    @Test
    void aCountOfWhoBenefitsBeforeTheVerbIsATarget() {
        DirectiveDraft d = draft("一、办好民生实事\n今年为500名残疾人实施居家无障碍改造。");
        assertThat(d.targets()).extracting(t -> t.value().intValue(), DirectiveDraft.Target::unit)
                .containsExactly(tuple(500, "名"));
    }

    @Test
    void organisingAndTakingPartCountAsDoingInATaskSection() {
        DirectiveDraft d = draft("一、抓好开放\n（一）招商要加力。组织企业赴外地开展推介活动8场，利用内资30亿元。");
        assertThat(d.targets()).extracting(t -> t.value().intValue(), DirectiveDraft.Target::unit)
                .containsExactly(tuple(8, "场"), tuple(30, "亿元"));
    }

    @Test
    void aHeadingThatSaysWhatMustHappenIsATaskNotAReview() {
        DirectiveDraft d = draft("一、攻坚二季度\n（一）项目进度要加快。新开工项目20个。\n（二）工业生产明显改善。");
        // a （一） heading is an area or a task, never a review, when it says what must happen; one that says what
        // happened stays a review
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::title, DirectiveDraft.Node::kind)
                .contains(tuple("项目进度要加快", "area"), tuple("工业生产明显改善", "review"));
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(20);
    }

    @Test
    void aGapToTheYearsTargetIsAFactNotATarget() {
        DirectiveDraft d = draft("会议指出，1—4月份全区经济运行总体平稳。但工业用电量下降2.4%，低于年度目标9.4个百分点。");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::measure).contains("growth_pct");
    }

    @Test
    void allOfACountedThingBackAtWorkIsATarget() {
        DirectiveDraft d = draft("一、抓项目\n确保26个在建项目全部复工。确保9条道路年内全部通车。");
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(26, 9);
    }
}
