package cn.luoshi.ingest;

import cn.luoshi.ingest.DirectiveDraft.Figure;
import cn.luoshi.ingest.DirectiveDraft.Node;
import cn.luoshi.ingest.DirectiveDraft.Target;
import cn.luoshi.ingest.DirectiveDraft.UnitMention;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A work report written for this test in the shape district work reports take (review with figures, then targets,
 * then tasks with units): the same rules must hold on a text that is not a seed.
 */
class WorkReportTest {

    private static final DirectiveDraft DRAFT = DirectiveDrafter.create()
            .draft("work-report.txt", Seeds.resource("/ingest/samples/work-report.txt"), LocalDate.of(2024, 2, 20));

    @Test
    void structureIsTheHeadingsAndTheYaoSubHeadings() {
        assertThat(DRAFT.nodes()).extracting(Node::marker, Node::depth, Node::kind).containsExactly(
                tuple("一、", 1, "review"), tuple("二、", 1, "area"), tuple("（一）", 2, "task"), tuple("（二）", 2, "task"),
                tuple("（三）", 2, "task"), tuple("三、", 1, "area"), tuple("要", 2, "task"), tuple("要", 2, "task"));
        // （一）扩大有效投资。全年实施重点项目150个… has a paragraph of work and no items: a task (decision 203)
    }

    @Test
    void numbersOfTheYearUnderReviewAreFiguresNotTargets() {
        assertThat(DRAFT.figures()).extracting(Figure::subject, Figure::measure, Figure::value).containsExactly(
                tuple("地区生产总值", "amount", new BigDecimal("185.6")),
                tuple("地区生产总值", "growth_pct", new BigDecimal("6.2")),
                tuple("一般公共预算收入", "amount", new BigDecimal("12.3")),
                tuple("一般公共预算收入", "growth_pct", new BigDecimal("8.1")),
                tuple("规模以上工业增加值", "growth_pct", new BigDecimal("7.5")),
                tuple("规模以上工业增加值增速", "rank", new BigDecimal("3")),
                tuple("固定资产投资", "growth_pct", new BigDecimal("-2.4")),
                tuple("固定资产投资", "gap_pp", new BigDecimal("-1.8")),
                tuple("新增市场主体", "count", new BigDecimal("3200")),
                tuple("城镇新增就业", "count", new BigDecimal("5600")));
    }

    @Test
    void theYearsTargetsCarryTheirBoundsAndDeadlines() {
        assertThat(DRAFT.targets()).extracting(Target::value, Target::unit, Target::bound).containsExactly(
                tuple(new BigDecimal("6"), "%", "about"), tuple(new BigDecimal("5"), "%", "at_least"),
                tuple(new BigDecimal("5000"), "人", "at_least"), tuple(new BigDecimal("5.5"), "%", "at_most"),
                tuple(new BigDecimal("120"), "个", "exact"), tuple(new BigDecimal("150"), "亿元", "exact"),
                tuple(new BigDecimal("50"), "个", "at_least"), tuple(new BigDecimal("30"), "个", "exact"),
                tuple(new BigDecimal("1.5"), "亿美元", "exact"), tuple(new BigDecimal("5"), "所", "exact"),
                tuple(new BigDecimal("40"), "个", "exact"), tuple(new BigDecimal("2000"), "个", "exact"));
        assertThat(DRAFT.targets()).filteredOn(t -> t.unit().equals("所"))
                .extracting(Target::object).containsExactly("新建幼儿园");
        assertThat(DRAFT.targets().get(0).due()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void unitsAreNamedWithTheirRoles() {
        assertThat(DRAFT.units()).extracting(UnitMention::unit, UnitMention::role).containsExactly(
                tuple("区发展和改革委员会", "lead"), tuple("街道办事处", "co"), tuple("区委办公室", "owner"),
                tuple("区政府办公室", "owner"), tuple("区委督查室", "owner"));
    }
}
