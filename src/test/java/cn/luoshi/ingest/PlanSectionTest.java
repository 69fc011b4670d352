package cn.luoshi.ingest;

import cn.luoshi.ingest.DirectiveDraft.Figure;
import cn.luoshi.ingest.DirectiveDraft.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A speech written for this test in Traditional Chinese and saved as GB18030: a review section, then a section that
 * sets goals under a heading (（一）主要目标) whose sentences have no 要/力争 of their own.
 */
class PlanSectionTest {

    private static final DirectiveDraft DRAFT = DirectiveDrafter.create().draft("plan.txt",
            Seeds.resource("/ingest/samples/plan-traditional-gb18030.txt"), LocalDate.of(2024, 2, 20));

    @Test
    void theSourceIsReadAsTraditionalGb18030AndWrittenInSimplified() {
        assertThat(DRAFT.source().encoding()).isEqualTo("GB18030");
        assertThat(DRAFT.source().script()).isEqualTo("traditional");
        assertThat(DRAFT.title()).isEqualTo("在全区经济工作会议上的讲话");
        assertThat(DRAFT.text()).contains("随着一批重点项目竣工").doesNotContain("隨著");
    }

    @Test
    void growthUnderAGoalHeadingIsATargetAndUnderAReviewHeadingAFigure() {
        assertThat(DRAFT.targets()).extracting(Target::value, Target::unit, Target::bound).containsExactly(
                tuple(new BigDecimal("6.5"), "%", "at_least"), tuple(new BigDecimal("6"), "%", "exact"),
                tuple(new BigDecimal("60"), "亿元", "exact"), tuple(new BigDecimal("12"), "公里", "exact"),
                tuple(new BigDecimal("35"), "个", "exact"), tuple(new BigDecimal("8"), "个", "exact"));
        assertThat(DRAFT.targets().get(5).due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(DRAFT.targets().get(0).period()).as("from the heading 今年工作安排").isEqualTo("今年");
        assertThat(DRAFT.targets().get(0).due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(DRAFT.figures()).extracting(Figure::subject, Figure::measure, Figure::value).contains(
                tuple("生产总值", "amount", new BigDecimal("98.6")),
                tuple("生产总值", "growth_pct", new BigDecimal("7.2")),
                tuple("一般公共预算收入", "amount", new BigDecimal("52300")),
                tuple("一般公共预算收入", "growth_pct", new BigDecimal("9.4")),
                tuple("一般公共预算收入增速", "rank", new BigDecimal("2")));
    }

    /**
     * 计划年度: a heading that names the year its section plans for sets the year of 全年, 年底 and 6月底 — last year's
     * plan pasted today, or a December 经济工作会议 planning next year — as it already did for targets with no period
     * of their own.
     */
    @Test
    void periodsUnderAHeadingThatNamesItsYearCountFromThatYear() {
        String plan = """
                二、2025年工作安排
                （一）稳增长。全年地区生产总值增长6%左右，6月底前新开工重点项目20个。建成口袋公园15个。
                """;
        DirectiveDraft pastedLater = DirectiveDrafter.create().draft("plan.txt",
                plan.getBytes(java.nio.charset.StandardCharsets.UTF_8), LocalDate.of(2026, 12, 7));
        assertThat(pastedLater.targets()).extracting(Target::value, Target::period, Target::due).containsExactly(
                tuple(new BigDecimal("6"), "全年", LocalDate.of(2025, 12, 31)),
                tuple(new BigDecimal("20"), "6月底前", LocalDate.of(2025, 6, 30)),
                tuple(new BigDecimal("15"), "2025年", LocalDate.of(2025, 12, 31)));
        DirectiveDraft december = DirectiveDrafter.create().draft("plan.txt",
                plan.getBytes(java.nio.charset.StandardCharsets.UTF_8), LocalDate.of(2024, 12, 20));
        assertThat(december.targets()).extracting(Target::due).containsExactly(LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));
        DirectiveDraft sameYear = DirectiveDrafter.create().draft("plan.txt",
                plan.getBytes(java.nio.charset.StandardCharsets.UTF_8), LocalDate.of(2025, 8, 1));
        assertThat(sameYear.targets().get(1).due()).as("a month already past in the directive's own year: next year's")
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }
}
