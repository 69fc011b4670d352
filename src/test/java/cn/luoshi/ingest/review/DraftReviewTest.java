package cn.luoshi.ingest.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.DirectiveDrafter;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review rules on seed 002 (城市提质): first version, node → ledger mapping, validation, highlights. */
class DraftReviewTest {

    static final List<Unit> UNITS = List.of(
            new Unit(1, UnitType.DEPARTMENT, null, "宣传部", "区委宣传部", 1),
            new Unit(2, UnitType.DEPARTMENT, null, "组织部", "区委组织部", 2),
            new Unit(3, UnitType.DEPARTMENT, null, "住建", "区住房和城乡建设局", 3),
            new Unit(4, UnitType.DEPARTMENT, null, "发改", "区发展和改革委员会", 4),
            new Unit(5, UnitType.DEPARTMENT, null, "财政", "区财政局", 5),
            new Unit(6, UnitType.STREET, null, "东城街道", "东城街道办事处", 6),
            new Unit(7, UnitType.STREET, null, "西城街道", "西城街道办事处", 7));
    static final LocalDate DATE = LocalDate.of(2026, 2, 10);

    static byte[] seed002() {
        try (InputStream in = DraftReviewTest.class.getResourceAsStream("/seeds/002_aafd5c90119f966f.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static DirectiveDraft draft() {
        return DirectiveDrafter.create().withUnits(DraftReview.knownUnits(UNITS)).draft("002.txt", seed002(), DATE);
    }

    static ReviewRow row(ReviewForm f, String title) {
        return f.rows.stream().filter(r -> r.title.startsWith(title)).findFirst().orElseThrow();
    }

    /**
     * A row left out by default gets a suggestion in case the clerk ticks it in as a task — but not a heading left out
     * above rows already taken in (二、明确目标 over its （一）（二）（三）): that is a section title (decision 203).
     */
    @Test
    void aHeadingLeftOutAboveRowsTakenInIsOfferedNoLead() {
        ReviewForm f = DraftReview.firstVersion(draft(), UNITS, DATE);
        cn.luoshi.ingest.owners.DutyCatalogue catalogue = cn.luoshi.ingest.owners.DutyCatalogue.standard();
        var suggester = new cn.luoshi.ingest.owners.OwnerSuggester(UNITS.stream()
                .map(u -> new cn.luoshi.ingest.owners.OwnerSuggester.Candidate(u.id(), u.fullName(),
                        catalogue.keywordsFor(u.fullName(), u.shortName()))).toList(),
                List.of(), List.of(), List.of(), DATE).tentative(true);
        DraftReview.suggestOwners(f, suggester);
        ReviewRow goals = row(f, "明确目标");
        assertThat(goals.include).isFalse();
        assertThat(goals.leadUnitId).isNull();
        assertThat(goals.suggestion).isNull();
        // the rows under it that were taken in are offered theirs
        assertThat(row(f, "突出城市更新").leadUnitId).isEqualTo(3L);
    }

    @Test
    void headingsOverHeadingsAndRationalesAreLeftOutSoTheSubHeadingsBecomeAreas() {
        ReviewForm f = DraftReview.firstVersion(draft(), UNITS, DATE);
        Map<String, DraftReview.Placement> shape = DraftReview.shape(f.rows);
        assertThat(row(f, "肯定成绩").include).isFalse();          // 一、 over rationales only
        assertThat(row(f, "明确目标").include).isFalse();          // 二、 over （一）（二）（三）
        assertThat(row(f, "抓好城市提质，是强化政治担当").include).isFalse(); // rationale
        assertThat(shape.get(row(f, "以服务风口产业").nodeId).kind()).isEqualTo(TaskKind.AREA);
        assertThat(shape.get(row(f, "围绕“风口”打造创新平台").nodeId))
                .isEqualTo(new DraftReview.Placement(TaskKind.TASK, row(f, "以服务风口产业").nodeId));
        // 三要 突出党建引领 is an area under an area: a task, and its 要-items its measures
        ReviewRow party = row(f, "突出党建引领");
        assertThat(shape.get(party.nodeId).kind()).isEqualTo(TaskKind.TASK);
        assertThat(shape.get(row(f, "打造贴近群众的志愿服务项目").nodeId))
                .isEqualTo(new DraftReview.Placement(TaskKind.MEASURE, party.nodeId));
        assertThat(shape.get(row(f, "加强领导").nodeId).kind()).isEqualTo(TaskKind.AREA);
    }

    @Test
    void includingTheTopHeadingPushesEverythingOneLevelDownAndFlattensBelowMeasures() {
        ReviewForm f = DraftReview.firstVersion(draft(), UNITS, DATE);
        row(f, "明确目标").include = true;
        Map<String, DraftReview.Placement> shape = DraftReview.shape(f.rows);
        ReviewRow quality = row(f, "以提升品质为目标");
        assertThat(shape.get(quality.nodeId).kind()).isEqualTo(TaskKind.TASK);
        assertThat(shape.get(row(f, "突出党建引领").nodeId).kind()).isEqualTo(TaskKind.MEASURE);
        // 要 under 三要 would be a fourth level: a measure of the same task
        assertThat(shape.get(row(f, "打造贴近群众的志愿服务项目").nodeId))
                .isEqualTo(new DraftReview.Placement(TaskKind.MEASURE, quality.nodeId));
    }

    @Test
    void excludingAnAreaLiftsItsItemsAndATaskKindAtTheTopIsATask() {
        ReviewForm f = DraftReview.firstVersion(draft(), UNITS, DATE);
        row(f, "加强领导").include = false;
        assertThat(DraftReview.shape(f.rows).get(row(f, "压实责任、强化落实").nodeId))
                .isEqualTo(new DraftReview.Placement(TaskKind.TASK, null));
        row(f, "以服务风口产业").kind = "task";
        assertThat(DraftReview.shape(f.rows).get(row(f, "以服务风口产业").nodeId).kind()).isEqualTo(TaskKind.TASK);
        assertThat(DraftReview.shape(f.rows).get(row(f, "围绕“风口”打造创新平台").nodeId).kind())
                .isEqualTo(TaskKind.MEASURE);
    }

    @Test
    void targetsDeadlinesAndOwnersArePrefilled() {
        ReviewForm f = DraftReview.firstVersion(draft(), UNITS, DATE);
        ReviewRow renewal = row(f, "突出城市更新");
        // Every target of the node, in the speech's order: the first is the primary one.
        assertThat(renewal.targets).extracting(t -> t.value.stripTrailingZeros().toPlainString() + t.unit + t.object)
                .containsExactly("115个老旧小区改造", "22个社区健身中心建设", "1条精品特色街区");
        assertThat(renewal.targets.get(0).period).isEqualTo("今年");
        // 15个街道办事处要……每年至少打造1条: the per-office recurrence stays visible in the period
        assertThat(renewal.targets.get(2).period).isEqualTo("街道办事处每年");
        assertThat(renewal.deadline).isEqualTo(LocalDate.of(2026, 12, 31));
        // 区委宣传部要全面负责… → lead; 住建、发改… named as owners → co
        ReviewRow duty = row(f, "压实责任、强化落实");
        assertThat(duty.leadUnitId).isEqualTo(1L);
        assertThat(duty.coUnitIds).contains(2L, 3L, 4L, 5L).doesNotContain(1L);
        // 各办事处 → every street office, as co-units only
        assertThat(duty.coUnitIds).contains(6L, 7L);
        assertThat(renewal.leadUnitId).isNull();
        assertThat(renewal.coUnitIds).containsExactly(6L, 7L);
    }

    @Test
    void aTaskWithoutLeadUnitOrDeadlineAndAMeasureEndingAfterItsTaskAreRefused() {
        ReviewForm f = DraftReview.firstVersion(draft(), UNITS, DATE);
        int renewal = f.rows.indexOf(row(f, "突出城市更新"));
        f.rows.get(renewal).leadUnitId = null;
        f.rows.get(renewal).deadline = null;
        ReviewRow party = row(f, "突出党建引领");
        party.leadUnitId = 3L;
        party.deadline = LocalDate.of(2026, 6, 30);
        int measure = f.rows.indexOf(row(f, "打造贴近群众的志愿服务项目"));
        f.rows.get(measure).leadUnitId = 3L;
        var v = DraftReview.validate(f, DraftReview.shape(f.rows), id -> id <= 5).list();
        assertThat(v).extracting(x -> x.field() + " " + x.message())
                .contains("rows[" + renewal + "].leadUnitId 请选择牵头单位",
                        "rows[" + renewal + "].deadline 请填写完成时限")
                .anyMatch(s -> s.startsWith("rows[" + measure + "].deadline 举措的完成时限不能晚于所属任务"));
        // An excluded row is not checked.
        f.rows.get(renewal).include = false;
        assertThat(DraftReview.validate(f, DraftReview.shape(f.rows), id -> id <= 5).list())
                .noneMatch(x -> x.field() != null && x.field().startsWith("rows[" + renewal + "]"));
    }

    @Test
    void theSourceIsCutIntoHighlightedPiecesThatAddUpToTheText() {
        DirectiveDraft d = draft();
        Marks marks = DraftReview.marks(d, DirectiveDrafter.create().withUnits(DraftReview.knownUnits(UNITS)).units());
        List<Marks.Segment> segments = DraftReview.segments(d.text(), marks.marks());
        assertThat(String.join("", segments.stream().map(Marks.Segment::text).toList())).isEqualTo(d.text());
        assertThat(segments).anyMatch(s -> "target".equals(s.kind()) && s.text().contains("115个老旧小区改造"));
        assertThat(segments).anyMatch(s -> "unit".equals(s.kind()) && s.text().equals("区委宣传部"));
        assertThat(segments).anyMatch(s -> "figure".equals(s.kind()));
        assertThat(marks.figures()).isNotEmpty();
    }
}
