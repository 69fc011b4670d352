package cn.luoshi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The general rules written after held-out county work reports were first scored for targets and figures (session 13,
 * docs/benchmarks-ingest.md), each on sentences of its own, not the reports': the phrasing it names and what must not
 * change.
 */
class WorkReportPhrasingTest {

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();

    private static DirectiveDraft draft(String text) {
        return DRAFTER.draft("t.txt", text, LocalDate.of(2025, 2, 10));
    }

    private static DirectiveDraft plan(String body) {
        return draft("二、2025年工作安排\n（一）抓项目促投资\n" + body + "\n");
    }

    @Test
    void aProjectsSizeSaidBeforeItsCountDoesNotPutTheVerbOutOfReach() {
        DirectiveDraft d = plan("全力抓好总投资86.5亿元的24个产业项目建设。大力推进总投资12亿元的9个社区服务中心项目，完善配套。"
                + "抓好总投资310亿元、64个区级重点项目建设。");
        assertThat(d.targets()).extracting(t -> t.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Target::unit)
                .containsExactly(tuple("86.5", "亿元"), tuple("24", "个"), tuple("12", "亿元"), tuple("9", "个"),
                        tuple("310", "亿元"), tuple("64", "个"));
        assertThat(d.targets().get(1).object()).startsWith("产业项目");
    }

    @Test
    void aCountThatSumsUpTheNamesBeforeItIsWhatTheVerbGoverns() {
        DirectiveDraft d = plan("推动东方电机、华信材料等18个续建项目早日竣工，加快城南小学、实验中学等5所学校建设。");
        assertThat(d.targets()).extracting(t -> t.value().intValue(), DirectiveDraft.Target::unit)
                .containsExactly(tuple(18, "个"), tuple(5, "所"));
    }

    @Test
    void whatIsWorkedOnPutBeforeItsVerbWithDuiIsCounted() {
        assertThat(plan("对85个老旧小区分类实施改造，确保整治成效。").targets())
                .extracting(t -> t.value().intValue()).containsExactly(85);
        assertThat(plan("针对3个方面的问题，加强督导。").targets()).isEmpty();
    }

    @Test
    void aLevelKeptAndEveryoneLiftedAreTargets() {
        DirectiveDraft d = plan("确保粮食总产量稳定在3.2亿斤以上。确保剩余126户贫困群众年底全部脱贫。");
        assertThat(d.targets()).extracting(t -> t.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Target::unit,
                DirectiveDraft.Target::bound).containsExactly(tuple("3.2", "亿斤", "at_least"), tuple("126", "户", "exact"));
    }

    @Test
    void noneLeftOutAndAPhaseAreNotCounts() {
        DirectiveDraft d = plan("确保小康路上不落一户一人，做到一个不少。实施城区供水管网二期工程，谋划三期项目。");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aPlaceNamedInsideABrandOrAPartnershipLeavesTheSentenceToTheCounty() {
        DirectiveDraft d = plan("推进“人人持证、技能河南”建设，确保全年新增就业5000人以上。深化与北京中医医院合作，建成名医工作室3个。");
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(5000, 3);
        // an example from elsewhere stays elsewhere
        assertThat(plan("比如杭州，集聚了3000余个创业项目。").targets()).isEmpty();
    }

    @Test
    void aReportPastedFromInsideItsReviewReportsUntilItsPlanPart() {
        DirectiveDraft d = draft("""
                （七）民生持续改善。全面完成46家事业单位改革。新增城镇就业8000人，养老床位达到1200张，空气质量优良天数达到286天。
                （八）社会大局稳定。全年化解矛盾纠纷3120起，化解率98.6%。
                二、2025年工作安排
                （一）稳就业。新增城镇就业7000人，全面完成30家事业单位改革。
                """);
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(7000, 30);
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::measure, f -> f.value().stripTrailingZeros().toPlainString(),
                DirectiveDraft.Figure::unit).contains(tuple("count", "46", "家"), tuple("count", "8000", "人"),
                tuple("count", "1200", "张"), tuple("count", "286", "天"), tuple("count", "3120", "起"),
                tuple("share_pct", "98.6", "%"));
    }

    @Test
    void anItemOfAListOfFiguresMayBeAQuotedName() {
        DirectiveDraft d = draft("一、2024年工作回顾\n（一）民生改善。新建“邻里食堂”12个、“四点半课堂”30个，惠及群众2万人次。\n");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::value).contains(new BigDecimal("12"), new BigDecimal("30"));
    }
}
