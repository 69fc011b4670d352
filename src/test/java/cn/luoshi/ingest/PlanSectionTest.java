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
}
