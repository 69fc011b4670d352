package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import cn.luoshi.ledger.EvidenceFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes supervision input acceptable: evidence for closing, orders, rectification items, inspections. */
class SupervisionRulesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static EvidenceForm evidence(String summary, String note) {
        EvidenceForm f = new EvidenceForm();
        f.summary = summary;
        f.evidenceNote = note;
        return f;
    }

    private static List<String> messages(Violations v) {
        return v.list().stream().map(Violations.Violation::message).toList();
    }

    @Test
    void anItemIsNotClosedWithoutEvidence() {
        Violations v = SupervisionRules.evidence(evidence("已整改到位", null), List.of(), 0);
        assertThat(v.list()).extracting(Violations.Violation::field).containsExactly("files");
        assertThat(messages(v).get(0)).startsWith("销号须有佐证");
        assertThat(messages(SupervisionRules.evidence(evidence(" ", "现场核查"), List.of(), 0)))
                .containsExactly("整改情况不能为空");
    }

    @Test
    void evidenceIsAFileOrAnExplicitNoteOrFilesAlreadyStored() {
        assertThat(SupervisionRules.evidence(evidence("已整改", null), List.of(new EvidenceFile("验收.pdf", PDF)), 0)
                .isEmpty()).isTrue();
        assertThat(SupervisionRules.evidence(evidence("已整改", "经第二督查组11月20日现场核查"), List.of(), 0).isEmpty())
                .isTrue();
        assertThat(SupervisionRules.evidence(evidence("已整改", null), List.of(), 2).isEmpty()).isTrue();
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
        Violations v = SupervisionRules.evidence(evidence("已整改", null), List.of(new EvidenceFile("验收.pdf", PNG)), 0);
        assertThat(messages(v)).singleElement().asString().contains("内容与扩展名不符").contains("实为PNG 图片");
        assertThat(messages(SupervisionRules.evidence(evidence("已整改", null),
                List.of(new EvidenceFile("记录.txt", "x".getBytes(StandardCharsets.UTF_8))), 0)))
                .singleElement().asString().contains("类型不支持");
    }

    @Test
    void anOrderNeedsBasisRequirementAResponseTimeOfOneToSixtyWorkingDaysAndASigner() {
        OrderForm f = new OrderForm();
        f.taskId = 1L;
        f.basis = "依据";
        f.requirement = "要求";
        f.responseDays = 5;
        f.signer = "孙丽";
        assertThat(SupervisionRules.order(f).isEmpty()).isTrue();
        f.responseDays = 0;
        assertThat(messages(SupervisionRules.order(f))).containsExactly("办复时限须为1—60个工作日");
        f.responseDays = 61;
        assertThat(SupervisionRules.order(f).list()).hasSize(1);
        f.responseDays = null;
        f.basis = null;
        f.signer = "";
        assertThat(SupervisionRules.order(f).list()).extracting(Violations.Violation::field)
                .containsExactlyInAnyOrder("basis", "responseDays", "signer");
    }

    @Test
    void aRectificationItemIsDueFromTodayUpToAYearAndItsPersonBelongsToTheOwnerUnit() {
        RectificationForm f = new RectificationForm();
        f.title = "更新进度台账";
        f.ownerUnitId = 6L;
        f.ownerPersonId = 99L;
        f.deadline = TODAY.minusDays(1);
        Violations v = SupervisionRules.rectification(f, TODAY, id -> id == 6L, id -> false);
        assertThat(messages(v)).containsExactlyInAnyOrder("整改责任人须为责任单位的人员", "整改时限不能早于今天（2026-11-20）");
        f.ownerPersonId = null;
        f.deadline = TODAY.plusYears(1).plusDays(1);
        assertThat(messages(SupervisionRules.rectification(f, TODAY, id -> true, id -> true)))
                .containsExactly("整改时限不能超过一年");
        f.deadline = TODAY;
        assertThat(SupervisionRules.rectification(f, TODAY, id -> true, id -> true).isEmpty()).isTrue();
    }

    @Test
    void anInspectionIsNotDatedInTheFuture() {
        InspectionForm f = new InspectionForm();
        f.groupId = 1L;
        f.unitId = 6L;
        f.inspectedOn = TODAY.plusDays(1);
        f.findings = "现场查看";
        f.rating = ProgressRating.LAGGING;
        assertThat(messages(SupervisionRules.inspection(f, TODAY, List.of())))
                .containsExactly("检查日期不能晚于今天（2026-11-20）");
        f.inspectedOn = TODAY;
        f.unitId = null;
        assertThat(messages(SupervisionRules.inspection(f, TODAY, List.of()))).containsExactly("请选择检查的单位或任务");
    }

    @Test
    void progressIsAPercentWithWords() {
        ProgressForm f = new ProgressForm();
        f.progressPercent = new java.math.BigDecimal("101");
        f.note = "";
        assertThat(messages(SupervisionRules.progress(f))).containsExactly("整改进度须在0—100之间", "整改进展不能为空");
    }
}
