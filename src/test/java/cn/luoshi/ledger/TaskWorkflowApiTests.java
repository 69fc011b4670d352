package cn.luoshi.ledger;

import cn.luoshi.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.Api.Upload;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The workflow after 交办 through the JSON API: each move, who may make it, and the moves out of order. */
@LuoshiIntegrationTest
class TaskWorkflowApiTests {

    static final LocalDate TODAY = TestClock.today();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    LedgerFixture fixture;
    Api office;
    Api zhujian;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        office = fixture.supervisor();
        zhujian = Api.as(port, "zhujian");
    }

    long acceptedTask(String title) {
        long id = fixture.task(title, "住建").id();
        fixture.accept(id, "zhujian");
        return id;
    }

    JsonNode workflow(long id) {
        Api.Response r = office.get("/api/tasks/" + id + "/workflow");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    String status(long id) {
        return office.get("/api/tasks/" + id).body().get("status").asString();
    }

    // ---- 退回 / 重新交办 -------------------------------------------------------------------------------------------

    @Test
    void theLeadUnitReturnsWithAReasonAndTheOfficeReassignsToAnotherUnit() {
        long id = fixture.task("退回测试任务", "住建").id();
        Api.Response noReason = zhujian.post("/api/tasks/" + id + "/return", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("fields").get(0).get("message").asString()).isEqualTo("退回理由不能为空");

        assertThat(Api.as(port, "fagai").post("/api/tasks/" + id + "/return", Map.of("reason", "x")).status())
                .as("another unit does not even see it").isEqualTo(404);
        assertThat(office.post("/api/tasks/" + id + "/return", Map.of("reason", "x")).status())
                .as("the office cannot return on the unit's behalf").isEqualTo(403);

        Api.Response returned = zhujian.post("/api/tasks/" + id + "/return", Map.of("reason", "不属于本单位职责"));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertThat(returned.body().get("status").asString()).isEqualTo("RETURNED");
        assertThat(workflow(id).get("returnReason").asString()).isEqualTo("不属于本单位职责");

        assertThat(zhujian.post("/api/tasks/" + id + "/reassign", Map.of("leadUnitId", fixture.unitId("发改"))).status())
                .isEqualTo(403);
        Api.Response reassigned = office.post("/api/tasks/" + id + "/reassign",
                Map.of("leadUnitId", fixture.unitId("发改"), "deadline", "2026-12-30"));
        assertThat(reassigned.status()).as(reassigned.raw()).isEqualTo(200);
        assertThat(reassigned.body().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(reassigned.body().get("leadUnitId").asLong()).isEqualTo(fixture.unitId("发改"));
        assertThat(reassigned.body().get("deadline").asString()).isEqualTo("2026-12-30");
        assertThat(reassigned.body().get("acceptedAt").isNull()).isTrue();
        JsonNode wf = workflow(id);
        assertThat(wf.get("returnReason").asString()).as("the reason stays visible").isEqualTo("不属于本单位职责");
        assertThat(wf.get("assignedAt").isNull()).isFalse();

        assertThat(zhujian.get("/api/tasks/" + id).status()).as("the old unit no longer sees it").isEqualTo(404);
        fixture.accept(id, "fagai");
        assertThat(history(id)).contains("退回任务：不属于本单位职责", "重新交办给发改");
    }

    @Test
    void assignedAtIsSetWhenATaskIsCreatedWithALeadUnitAndRenewedOnReassignment() {
        long id = fixture.task("交办时间测试", "住建").id();
        var first = jdbc.sql("select assigned_at from task where id = ?").param(id).query(java.sql.Timestamp.class)
                .single();
        assertThat(first).isNotNull();
        zhujian.post("/api/tasks/" + id + "/return", Map.of("reason", "不属于本单位职责"));
        office.post("/api/tasks/" + id + "/reassign", Map.of("leadUnitId", fixture.unitId("发改")));
        var second = jdbc.sql("select assigned_at from task where id = ?").param(id).query(java.sql.Timestamp.class)
                .single();
        assertThat(second).isAfter(first);

        Map<String, Object> body = fixture.taskBody("未交办任务", null);
        long directive = fixture.directive("未交办来源");
        long unassigned = office.post("/api/directives/" + directive + "/tasks", body).id();
        assertThat(jdbc.sql("select assigned_at is null from task where id = ?").param(unassigned)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void editingAWaitingTaskRenewsAssignedAtOnlyWhenItGoesToAnotherUnit() {
        Api.Response created = fixture.task("编辑交办时间测试", "住建");
        long id = created.id();
        java.sql.Timestamp first = assignedAt(id);
        Map<String, Object> same = fixture.taskBody("编辑交办时间测试-改名", "住建");
        same.put("version", created.version());
        Api.Response renamed = office.put("/api/tasks/" + id, same);
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(assignedAt(id)).as("same unit, same assignment").isEqualTo(first);
        Map<String, Object> other = fixture.taskBody("编辑交办时间测试-改名", "发改");
        other.put("version", renamed.version());
        assertThat(office.put("/api/tasks/" + id, other).status()).isEqualTo(200);
        assertThat(assignedAt(id)).as("another unit, a new assignment").isAfter(first);
    }

    java.sql.Timestamp assignedAt(long id) {
        return jdbc.sql("select assigned_at from task where id = ?").param(id).query(java.sql.Timestamp.class).single();
    }

    @Test
    void anAcceptedTaskCannotBeReturnedAndOnlyAReturnedTaskIsReassigned() {
        long id = acceptedTask("签收后退回测试");
        Api.Response r = zhujian.post("/api/tasks/" + id + "/return", Map.of("reason", "不属于本单位职责"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().get("message").asString()).isEqualTo("任务当前状态为「办理中」，不能退回");
        Api.Response re = office.post("/api/tasks/" + id + "/reassign", Map.of("leadUnitId", fixture.unitId("发改")));
        assertThat(re.status()).isEqualTo(409);
        assertThat(re.body().get("message").asString()).contains("只有已退回的任务可以重新交办");
    }

    @Test
    void aStaleVersionIsAConflict() {
        long id = fixture.task("版本测试", "住建").id();
        Api.Response r = zhujian.post("/api/tasks/" + id + "/return", Map.of("reason", "不属于本单位职责",
                "version", 99));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().get("message").asString()).contains("已被他人修改");
        assertThat(status(id)).isEqualTo("ASSIGNED");
    }

    // ---- 延期 -----------------------------------------------------------------------------------------------------

    Map<String, Object> extension(String to) {
        return Map.of("proposedDeadline", to, "reason", "征迁未完成", "currentProgress", "已完成主体施工");
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndKeepsTheOriginal() {
        long id = acceptedTask("延期测试任务");
        office.post("/api/tasks/" + id + "/milestones", Map.of("title", "年底前完成", "dueDate", "2026-12-31",
                "planned", 10));
        Api.Response req = zhujian.post("/api/tasks/" + id + "/extensions", extension("2027-03-31"));
        assertThat(req.status()).as(req.raw()).isEqualTo(201);
        long requestId = req.id();
        assertThat(req.body().get("status").asString()).isEqualTo("PENDING");

        Api.Response second = zhujian.post("/api/tasks/" + id + "/extensions", extension("2027-02-28"));
        assertThat(second.status()).as("only one pending at a time").isEqualTo(409);
        assertThat(second.body().get("message").asString()).contains("已有一项待审核的延期申请");

        assertThat(zhujian.post("/api/tasks/" + id + "/extensions/" + requestId + "/approve", Map.of()).status())
                .as("the unit cannot approve its own request").isEqualTo(403);
        assertThat(Api.as(port, "lingdao").post("/api/tasks/" + id + "/extensions/" + requestId + "/approve",
                Map.of()).status()).isEqualTo(403);

        Api.Response approved = office.post("/api/tasks/" + id + "/extensions/" + requestId + "/approve",
                Map.of("reason", "同意"));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("deadline").asString()).isEqualTo("2027-03-31");
        JsonNode wf = workflow(id);
        assertThat(wf.get("originalDeadline").asString()).isEqualTo("2026-12-31");
        assertThat(wf.get("extensions").get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(wf.get("extensions").get(0).get("decisionComment").asString()).isEqualTo("同意");
        assertThat(office.get("/api/tasks/" + id + "/milestones").body().get(0).get("dueDate").asString())
                .as("milestones keep their dates").isEqualTo("2026-12-31");

        Api.Response again = office.post("/api/tasks/" + id + "/extensions/" + requestId + "/approve", Map.of());
        assertThat(again.status()).as("deciding twice").isEqualTo(409);

        // A second extension keeps the first original deadline.
        long second2 = zhujian.post("/api/tasks/" + id + "/extensions", extension("2027-06-30")).id();
        office.post("/api/tasks/" + id + "/extensions/" + second2 + "/approve", Map.of());
        assertThat(workflow(id).get("originalDeadline").asString()).isEqualTo("2026-12-31");
        assertThat(workflow(id).get("deadline").asString()).isEqualTo("2027-06-30");
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheDeadline() {
        long id = acceptedTask("不同意延期测试");
        long requestId = zhujian.post("/api/tasks/" + id + "/extensions", extension("2027-01-31")).id();
        assertThat(office.post("/api/tasks/" + id + "/extensions/" + requestId + "/refuse", Map.of()).status())
                .isEqualTo(400);
        Api.Response refused = office.post("/api/tasks/" + id + "/extensions/" + requestId + "/refuse",
                Map.of("reason", "理由不充分"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(200);
        assertThat(refused.body().get("status").asString()).isEqualTo("REFUSED");
        assertThat(workflow(id).get("deadline").asString()).isEqualTo("2026-12-31");
        assertThat(workflow(id).get("originalDeadline").isNull()).isTrue();
    }

    @Test
    void anExtensionAfterTheDeadlineOrToAnEarlierDateIsRefused() {
        Map<String, Object> body = fixture.taskBody("已逾期任务", "住建");
        body.put("deadline", TODAY.minusDays(1).toString());
        long directive = fixture.directive("逾期来源");
        long id = office.post("/api/directives/" + directive + "/tasks", body).id();
        fixture.accept(id, "zhujian");
        Api.Response late = zhujian.post("/api/tasks/" + id + "/extensions", extension(TODAY.plusDays(30).toString()));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body().get("message").asString()).contains("已超过完成时限", "延期须在时限届满前提出");

        long open = acceptedTask("延期日期测试");
        Api.Response earlier = zhujian.post("/api/tasks/" + open + "/extensions", extension("2026-12-01"));
        assertThat(earlier.status()).isEqualTo(400);
        assertThat(earlier.body().get("message").asString()).contains("须晚于现行完成时限（2026-12-31）");
    }

    @Test
    void anExtensionIsOnlyForATaskInProgress() {
        long id = fixture.task("未签收延期测试", "住建").id();
        Api.Response r = zhujian.post("/api/tasks/" + id + "/extensions", extension("2027-01-31"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().get("message").asString()).contains("只有办理中的任务可以申请延期");
    }

    // ---- 办结 -----------------------------------------------------------------------------------------------------

    Api.Response requestCompletion(long id, List<Upload> files) {
        return zhujian.multipart("/api/tasks/" + id + "/completion", Map.of("summary", "已全部完成"), files);
    }

    @Test
    void completionIsRequestedWithEvidenceAndApprovedOnlyByTheOffice() {
        long id = acceptedTask("办结测试任务");
        Api.Response requested = requestCompletion(id, List.of(new Upload("验收报告.pdf", PDF),
                new Upload("现场照片.png", PNG)));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(200);
        assertThat(requested.body().get("status").asString()).isEqualTo("COMPLETION_REQUESTED");

        assertThat(zhujian.post("/api/tasks/" + id + "/completion/approve", Map.of()).status())
                .as("a unit never approves its own completion").isEqualTo(403);
        assertThat(Api.as(port, "zhujian2").post("/api/tasks/" + id + "/completion/approve", Map.of()).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "lingdao").post("/api/tasks/" + id + "/completion/approve", Map.of()).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "fagai").post("/api/tasks/" + id + "/completion/approve", Map.of()).status())
                .isEqualTo(404);

        Api.Response approved = office.post("/api/tasks/" + id + "/completion/approve", Map.of());
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("COMPLETED");
        JsonNode wf = workflow(id);
        assertThat(wf.get("completedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(wf.get("completedOnTime").asBoolean()).isTrue();
        JsonNode files = wf.get("completions").get(0).get("attachments");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(files.get(0).get("sha256").asString()).hasSize(64);

        HttpResponse<byte[]> download = zhujian.download("/api/tasks/" + id + "/attachments/"
                + files.get(0).get("id").asLong());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(Api.as(port, "fagai").download("/api/tasks/" + id + "/attachments/"
                + files.get(0).get("id").asLong()).statusCode()).isEqualTo(404);

        Api.Response twice = office.post("/api/tasks/" + id + "/completion/approve", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("message").asString()).isEqualTo("任务当前状态为「已办结」，不能审核办结");
    }

    @Test
    void aRejectedCompletionGoesBackToInProgressWithTheReason() {
        long id = acceptedTask("驳回办结测试");
        requestCompletion(id, List.of(new Upload("报告.pdf", PDF)));
        assertThat(office.post("/api/tasks/" + id + "/completion/reject", Map.of()).status()).isEqualTo(400);
        Api.Response rejected = office.post("/api/tasks/" + id + "/completion/reject",
                Map.of("reason", "佐证材料不全"));
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
        assertThat(rejected.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode c = workflow(id).get("completions").get(0);
        assertThat(c.get("status").asString()).isEqualTo("REFUSED");
        assertThat(c.get("decisionComment").asString()).isEqualTo("佐证材料不全");
        assertThat(requestCompletion(id, List.of(new Upload("报告2.pdf", PDF))).status()).isEqualTo(200);
        assertThat(workflow(id).get("completions")).hasSize(2);
    }

    @Test
    void completionWithoutEvidenceIsRefused() {
        long id = acceptedTask("无佐证办结测试");
        Api.Response r = requestCompletion(id, List.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("message").asString()).contains("请上传至少一个佐证材料");
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aPdfThatIsReallyAPngOrTextIsRefusedInWords() {
        long id = acceptedTask("伪装文件测试");
        Api.Response png = requestCompletion(id, List.of(new Upload("报告.pdf", PNG)));
        assertThat(png.status()).isEqualTo(400);
        assertThat(png.body().get("message").asString())
                .contains("文件「报告.pdf」的内容与扩展名不符", "内容实为PNG 图片");
        Api.Response text = requestCompletion(id, List.of(new Upload("报告.pdf",
                "这是一段文字".getBytes(StandardCharsets.UTF_8))));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().get("message").asString()).contains("内容无法识别");
        Api.Response exe = requestCompletion(id, List.of(new Upload("工具.exe", PDF)));
        assertThat(exe.body().get("message").asString()).contains("类型不支持");
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("select count(*) from attachment where task_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void officeDocumentsAreRecognisedByTheirContent() throws IOException {
        long id = acceptedTask("Office 文件测试");
        Api.Response r = requestCompletion(id, List.of(new Upload("台账.xlsx", ooxml("xl/workbook.xml")),
                new Upload("旧表.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                        (byte) 0xB1, 0x1A, (byte) 0xE1, 0})));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    static byte[] ooxml(String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void completionIsOnlyRequestedFromInProgress() {
        long id = fixture.task("未签收办结测试", "住建").id();
        Api.Response r = requestCompletion(id, List.of(new Upload("报告.pdf", PDF)));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().get("message").asString()).isEqualTo("任务当前状态为「待签收」，不能申请办结");
        assertThat(office.post("/api/tasks/" + id + "/completion/approve", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aHundredMegabyteUploadGetsAClearMessage() {
        long id = acceptedTask("超大文件测试");
        byte[] big = new byte[100 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Response r = requestCompletion(id, List.of(new Upload("大文件.pdf", big)));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body().get("message").asString()).contains("上传的文件过大", "20 MB");
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void pendingRequestsAreTheOfficesToDoListWithinScope() {
        long ext = acceptedTask("待办-延期");
        zhujian.post("/api/tasks/" + ext + "/extensions", extension("2027-01-31"));
        long done = acceptedTask("待办-办结");
        requestCompletion(done, List.of(new Upload("报告.pdf", PDF)));
        assertThat(pendingTitles(office)).contains("待办-延期", "待办-办结");
        assertThat(pendingTitles(zhujian)).contains("待办-延期", "待办-办结");
        assertThat(pendingTitles(Api.as(port, "fagai"))).doesNotContain("待办-延期", "待办-办结");
        office.post("/api/tasks/" + done + "/completion/approve", Map.of());
        assertThat(pendingTitles(office)).contains("待办-延期").doesNotContain("待办-办结");
    }

    List<String> pendingTitles(Api api) {
        Api.Response r = api.get("/api/workflow/pending");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode p : r.body()) {
            out.add(p.get("taskTitle").asString());
        }
        return out;
    }

    // ---- 终止 -----------------------------------------------------------------------------------------------------

    @Test
    void onlyTheOfficeTerminatesAndOnlyWithAReason() {
        long id = acceptedTask("终止测试任务");
        long ext = zhujian.post("/api/tasks/" + id + "/extensions", extension("2027-01-31")).id();
        assertThat(zhujian.post("/api/tasks/" + id + "/terminate", Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(Api.as(port, "lingdao").post("/api/tasks/" + id + "/terminate", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(office.post("/api/tasks/" + id + "/terminate", Map.of()).status()).isEqualTo(400);
        Api.Response r = office.post("/api/tasks/" + id + "/terminate", Map.of("reason", "上级决定停止实施"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("status").asString()).isEqualTo("TERMINATED");
        assertThat(workflow(id).get("terminationReason").asString()).isEqualTo("上级决定停止实施");
        assertThat(workflow(id).get("extensions").get(0).get("status").asString())
                .as("the pending extension closes with the task").isEqualTo("REFUSED");
        assertThat(office.post("/api/tasks/" + id + "/extensions/" + ext + "/approve", Map.of()).status())
                .isEqualTo(409);
        Api.Response again = office.post("/api/tasks/" + id + "/terminate", Map.of("reason", "再次"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asString()).isEqualTo("任务当前状态为「已终止」，不能终止");
    }

    // ---- 领导批示 --------------------------------------------------------------------------------------------------

    @Test
    void aLeaderInstructsAndTheLeadUnitReplies() {
        long id = acceptedTask("批示测试任务");
        Api lingdao = Api.as(port, "lingdao");
        assertThat(zhujian.post("/api/tasks/" + id + "/instructions", Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(Api.as(port, "tongji").post("/api/tasks/" + id + "/instructions", Map.of("text", "x")).status())
                .isEqualTo(403);
        assertThat(lingdao.post("/api/tasks/" + id + "/instructions", Map.of("text", "")).status()).isEqualTo(400);
        Api.Response i = lingdao.post("/api/tasks/" + id + "/instructions", Map.of("text", "请加快进度，月底前见成效"));
        assertThat(i.status()).as(i.raw()).isEqualTo(201);
        assertThat(office.post("/api/tasks/" + id + "/instructions", Map.of("text", "督查室跟踪")).status())
                .isEqualTo(201);

        String reply = "/api/tasks/" + id + "/instructions/" + i.id() + "/reply";
        assertThat(Api.as(port, "caizheng").post(reply, Map.of("text", "x")).status())
                .as("a co-unit sees the task but does not answer for it").isEqualTo(403);
        Api.Response r = zhujian.post(reply, Map.of("text", "已倒排工期"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("reply").asString()).isEqualTo("已倒排工期");
        assertThat(zhujian.post(reply, Map.of("text", "再回复")).status()).isEqualTo(409);
        assertThat(workflow(id).get("instructions")).hasSize(2);
    }

    // ---- 流转与审计 ------------------------------------------------------------------------------------------------

    @Test
    void everyMoveLeavesAnAuditEntryWithBeforeAndAfter() {
        long id = acceptedTask("审计测试任务");
        requestCompletion(id, List.of(new Upload("报告.pdf", PDF)));
        office.post("/api/tasks/" + id + "/completion/approve", Map.of());
        JsonNode h = office.get("/api/tasks/" + id + "/history").body();
        JsonNode done = null;
        for (JsonNode e : h) {
            if (e.get("summary").asString().startsWith("审核通过")) {
                done = e;
            }
        }
        assertThat(done).as(h.toString()).isNotNull();
        assertThat(done.get("before").get("状态").asString()).isEqualTo("办结待审");
        assertThat(done.get("after").get("状态").asString()).isEqualTo("已办结");
    }

    List<String> history(long id) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode e : office.get("/api/tasks/" + id + "/history").body()) {
            out.add(e.get("summary").asString());
        }
        return out;
    }
}
