package cn.luoshi.ledger;

import cn.luoshi.ledger.internal.Milestone;
import cn.luoshi.ledger.internal.ReassignForm;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** 交办后的流转规则 and evidence file types, without Spring. */
class WorkflowRulesTests {

    static final CurrentUser OFFICE = new CurrentUser(1, "duchashi", "孙丽", Role.SUPERVISOR, 3L, "督查室");
    static final CurrentUser LEAD = new CurrentUser(2, "zhujian", "赵刚", Role.UNIT_HEAD, 6L, "住建");
    static final CurrentUser LEAD_STAFF = new CurrentUser(6, "zhujian2", "周敏", Role.UNIT_STAFF, 6L, "住建");
    static final CurrentUser CO = new CurrentUser(3, "caizheng", "何静", Role.UNIT_HEAD, 10L, "财政");
    static final CurrentUser LEADER = new CurrentUser(4, "lingdao", "张卫东", Role.LEADER, 2L, "区政府");
    static final CurrentUser VIEWER = new CurrentUser(5, "tongji", "统计", Role.VIEWER, 18L, "统计");

    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    static Task task(long leadUnit) {
        return new Task(1, 1, null, TaskKind.TASK, 1, "任务", null, null, LocalDate.of(2026, 1, 1), DEADLINE, null,
                leadUnit, List.of(10L), null, null, TaskStatus.IN_PROGRESS, null, null, null, null, null, List.of(), 0, null);
    }

    static ExtensionForm extension(LocalDate to) {
        ExtensionForm f = new ExtensionForm();
        f.proposedDeadline = to;
        f.reason = "征迁未完成";
        f.currentProgress = "主体完工";
        return f;
    }

    static List<String> messages(Violations v) {
        return v.list().stream().map(Violations.Violation::message).toList();
    }

    // ---- who may act ----------------------------------------------------------------------------------------------

    @Test
    void onlyTheLeadUnitsUsersReturnAndRequest() {
        assertThat(WorkflowRules.mayReturn(LEAD, task(6))).isTrue();
        assertThat(WorkflowRules.mayRequest(LEAD_STAFF, task(6))).isTrue();
        assertThat(WorkflowRules.mayRequest(CO, task(6))).isFalse();
        assertThat(WorkflowRules.mayRequest(OFFICE, task(6))).isFalse();
        assertThat(WorkflowRules.mayReturn(LEADER, task(6))).isFalse();
    }

    @Test
    void onlyTheOfficeDecidesAndNeverOnItsOwnUnitsTask() {
        assertThat(WorkflowRules.mayDecide(OFFICE, task(6))).isTrue();
        assertThat(WorkflowRules.mayDecide(LEAD, task(6))).isFalse();
        assertThat(WorkflowRules.mayDecide(LEADER, task(6))).isFalse();
        assertThat(WorkflowRules.mayDecide(OFFICE, task(3))).as("the 督查室 leads this task itself").isFalse();
    }

    @Test
    void leadersAndTheOfficeInstructButViewersAndUnitsDoNot() {
        assertThat(WorkflowRules.mayInstruct(LEADER)).isTrue();
        assertThat(WorkflowRules.mayInstruct(OFFICE)).isTrue();
        assertThat(WorkflowRules.mayInstruct(LEAD)).isFalse();
        assertThat(WorkflowRules.mayInstruct(VIEWER)).isFalse();
        assertThat(WorkflowRules.mayReply(LEAD, task(6))).isTrue();
        assertThat(WorkflowRules.mayReply(CO, task(6))).isFalse();
    }

    // ---- extension ------------------------------------------------------------------------------------------------

    @Test
    void anExtensionIsAcceptedUpToTheDeadlineDayItself() {
        assertThat(WorkflowRules.extension(extension(LocalDate.of(2027, 3, 31)), task(6), DEADLINE, null).isEmpty())
                .isTrue();
    }

    @Test
    void anExtensionTheDayAfterTheDeadlineIsRefused() {
        var v = WorkflowRules.extension(extension(LocalDate.of(2027, 3, 31)), task(6), DEADLINE.plusDays(1), null);
        assertThat(messages(v)).containsExactly("已超过完成时限（2026-12-31），不能再申请延期；延期须在时限届满前提出");
    }

    @Test
    void theProposedDateMustBeLaterThanTheDeadlineAndWithinTheParents() {
        var same = WorkflowRules.extension(extension(DEADLINE), task(6), LocalDate.of(2026, 11, 22), null);
        assertThat(messages(same)).containsExactly("延期后的时限须晚于现行完成时限（2026-12-31）");
        var beyond = WorkflowRules.extension(extension(LocalDate.of(2027, 3, 31)), task(6), LocalDate.of(2026, 11, 22),
                LocalDate.of(2027, 1, 31));
        assertThat(messages(beyond)).containsExactly("延期后的时限不能晚于上级任务的完成时限（2027-01-31）");
    }

    @Test
    void anExtensionNeedsAReasonAndTheCurrentProgress() {
        ExtensionForm f = new ExtensionForm();
        var v = WorkflowRules.extension(f, task(6), LocalDate.of(2026, 11, 22), null);
        assertThat(v.list()).extracting(Violations.Violation::field)
                .containsExactly("proposedDeadline", "reason", "currentProgress");
    }

    // ---- completion -----------------------------------------------------------------------------------------------

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0};

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Test
    void everyAllowedTypeIsRecognisedByItsContent() throws IOException {
        assertThat(EvidenceType.PDF.matches(PDF)).isTrue();
        assertThat(EvidenceType.PNG.matches(PNG)).isTrue();
        assertThat(EvidenceType.byName("照片.JPG")).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.JPEG.matches(JPEG)).isTrue();
        assertThat(EvidenceType.DOCX.matches(zip("[Content_Types].xml", "word/document.xml"))).isTrue();
        assertThat(EvidenceType.XLSX.matches(zip("[Content_Types].xml", "xl/workbook.xml"))).isTrue();
        assertThat(EvidenceType.PPTX.matches(zip("[Content_Types].xml", "ppt/presentation.xml"))).isTrue();
        assertThat(EvidenceType.DOC.matches(OLE2)).isTrue();
        assertThat(EvidenceType.XLS.matches(OLE2)).isTrue();
    }

    @Test
    void aZipWithoutContentTypesOrOfAnotherOfficeKindIsNotThatDocument() throws IOException {
        assertThat(EvidenceType.DOCX.matches(zip("word/document.xml"))).isFalse();
        assertThat(EvidenceType.DOCX.matches(zip("[Content_Types].xml", "xl/workbook.xml"))).isFalse();
        assertThat(EvidenceType.XLSX.matches(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).as("a damaged archive").isFalse();
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsNameIsRefusedSayingWhatItIs() {
        var v = WorkflowRules.completion("已完成", List.of(new EvidenceFile("报告.pdf", PNG)));
        assertThat(messages(v)).containsExactly(
                "文件「报告.pdf」的内容与扩展名不符（扩展名为PDF，内容实为PNG 图片），未接收；请上传原始文件");
        var text = WorkflowRules.completion("已完成", List.of(new EvidenceFile("照片.jpg",
                "hello".getBytes(StandardCharsets.UTF_8))));
        assertThat(messages(text).get(0)).contains("内容无法识别");
    }

    @Test
    void completionNeedsASummaryAndAtLeastOneFile() {
        var v = WorkflowRules.completion(" ", List.of(new EvidenceFile("空.pdf", new byte[0])));
        assertThat(v.list()).extracting(Violations.Violation::field).containsExactly("summary", "files");
        assertThat(WorkflowRules.completion("已完成", List.of(new EvidenceFile("报告.pdf", PDF))).isEmpty()).isTrue();
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() {
        byte[] big = new byte[(int) WorkflowRules.FILE_MAX + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(messages(WorkflowRules.completion("已完成", List.of(new EvidenceFile("大.pdf", big)))))
                .containsExactly("文件「大.pdf」大小为20.0 MB，超过20 MB的上限");
        byte[] limit = new byte[(int) WorkflowRules.FILE_MAX];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(WorkflowRules.completion("已完成", List.of(new EvidenceFile("正好.pdf", limit))).isEmpty()).isTrue();
    }

    @Test
    void unknownExtensionsAreNotSupported() {
        assertThat(messages(WorkflowRules.completion("已完成", List.of(new EvidenceFile("脚本.html", PDF)))).get(0))
                .contains("类型不支持");
        assertThat(messages(WorkflowRules.completion("已完成", List.of(new EvidenceFile("无扩展名", PDF)))).get(0))
                .contains("类型不支持");
    }

    @Test
    void anUploadedNameKeepsOnlyTheFilesOwnName() {
        assertThat(new EvidenceFile("C:\\fakepath\\验收报告.pdf", PDF).name()).isEqualTo("验收报告.pdf");
        assertThat(new EvidenceFile("../../etc/报告.pdf", PDF).name()).isEqualTo("报告.pdf");
        assertThat(new EvidenceFile("报告.pdf", PDF).name()).isEqualTo("报告.pdf");
    }

    // ---- on time --------------------------------------------------------------------------------------------------

    @Test
    void completionIsOnTimeWhenRequestedOnOrBeforeTheDeadlineInForce() {
        assertThat(WorkflowRules.onTime(DEADLINE, DEADLINE)).isTrue();
        assertThat(WorkflowRules.onTime(DEADLINE.plusDays(1), DEADLINE)).isFalse();
        assertThat(WorkflowRules.onTime(null, DEADLINE)).isNull();
    }

    // ---- reassignment ---------------------------------------------------------------------------------------------

    @Test
    void reassignmentNeedsAnExistingUnitAndADeadlineThatFits() {
        ReassignForm f = new ReassignForm();
        assertThat(messages(WorkflowRules.reassign(f, task(6), null, id -> true, List.of())))
                .containsExactly("请选择新的牵头单位");
        f.leadUnitId = 99L;
        f.deadline = LocalDate.of(2026, 6, 1);
        var v = WorkflowRules.reassign(f, task(6), null, id -> id != 99L,
                List.of(new Milestone(1, 1, LocalDate.of(2026, 9, 30), "三季度", java.math.BigDecimal.TEN, 0)));
        assertThat(messages(v)).containsExactly("牵头单位不存在",
                "已有节点「三季度」日期为2026-09-30，完成时限不能早于它");
    }
}
