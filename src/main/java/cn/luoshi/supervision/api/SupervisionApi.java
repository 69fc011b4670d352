package cn.luoshi.supervision.api;

import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.common.PageResult;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.supervision.DecisionForm;
import cn.luoshi.supervision.EvidenceForm;
import cn.luoshi.supervision.GroupForm;
import cn.luoshi.supervision.GroupService;
import cn.luoshi.supervision.GroupView;
import cn.luoshi.supervision.Inspection;
import cn.luoshi.supervision.InspectionForm;
import cn.luoshi.supervision.InspectionQuery;
import cn.luoshi.supervision.InspectionService;
import cn.luoshi.supervision.InspectionView;
import cn.luoshi.supervision.OrderDraft;
import cn.luoshi.supervision.OrderForm;
import cn.luoshi.supervision.OrderQuery;
import cn.luoshi.supervision.OrderService;
import cn.luoshi.supervision.OrderStatus;
import cn.luoshi.supervision.OrderView;
import cn.luoshi.supervision.ProgressForm;
import cn.luoshi.supervision.ProgressRating;
import cn.luoshi.supervision.Rectification;
import cn.luoshi.supervision.RectificationForm;
import cn.luoshi.supervision.RectificationQuery;
import cn.luoshi.supervision.RectificationRow;
import cn.luoshi.supervision.RectificationService;
import cn.luoshi.supervision.RectificationStatus;
import cn.luoshi.supervision.RectificationView;
import cn.luoshi.supervision.ResponseForm;
import cn.luoshi.supervision.SupervisionGroup;
import cn.luoshi.supervision.SupervisionHome;
import cn.luoshi.supervision.SupervisionOrder;
import cn.luoshi.supervision.SupervisionOverview;
import cn.luoshi.supervision.TaskSupervision;
import cn.luoshi.supervision.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of supervision (督查督办): the same services and checks as the pages. Errors as in the ledger API: 400
 * with field messages, 403 for moves the role may not make, 404 for records outside the caller's scope, 409 for
 * moves the state does not allow now and for a stale {@code version}. Moves with files are multipart (fields plus
 * {@code files}).
 */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "督查督办", description = "督查组、督导检查、整改事项、督办单")
class SupervisionApi {

    private final GroupService groups;
    private final InspectionService inspections;
    private final RectificationService rectifications;
    private final OrderService orders;
    private final SupervisionOverview overview;

    SupervisionApi(GroupService groups, InspectionService inspections, RectificationService rectifications,
            OrderService orders, SupervisionOverview overview) {
        this.groups = groups;
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.orders = orders;
        this.overview = overview;
    }

    @GetMapping
    @Operation(summary = "督查督办概况：待办数（单位：待办复督办单、待整改事项；督查室：待审核办复、待销号事项）、按灯色的未销号整改事项")
    SupervisionHome home(@Parameter(hidden = true) CurrentUser me) {
        return overview.home(me);
    }

    @GetMapping("/tasks/{taskId}")
    @Operation(summary = "任务的督查督办情况：督办单、督导检查、整改事项，及能否下发督办单")
    TaskSupervision task(@PathVariable long taskId, @Parameter(hidden = true) CurrentUser me) {
        return overview.forTask(taskId, me);
    }

    // ---- 督查组 ---------------------------------------------------------------------------------------------------

    @GetMapping("/groups")
    @Operation(summary = "督查组列表")
    List<SupervisionGroup> groups() {
        return groups.list();
    }

    @GetMapping("/groups/{id}")
    @Operation(summary = "督查组：组长、成员、联系单位与任务、检查记录")
    GroupView group(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return groups.view(id, me);
    }

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建督查组（督查室）")
    SupervisionGroup createGroup(@RequestBody GroupForm form, @Parameter(hidden = true) CurrentUser me) {
        return groups.create(form, me);
    }

    @PutMapping("/groups/{id}")
    @Operation(summary = "修改督查组（督查室；须带 version）")
    SupervisionGroup updateGroup(@PathVariable long id, @RequestBody GroupForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return groups.update(id, form, me);
    }

    // ---- 督导检查 -------------------------------------------------------------------------------------------------

    @GetMapping("/inspections")
    @Operation(summary = "督导检查列表（单位只看到对本单位的检查）")
    PageResult<Inspection> inspections(@RequestParam(required = false) Long groupId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) ProgressRating rating, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @Parameter(hidden = true) CurrentUser me) {
        return inspections.list(new InspectionQuery(groupId, unitId, taskId, rating, page, size), me);
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "督导检查详情与佐证材料")
    InspectionView inspection(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return inspections.view(id, me);
    }

    @PostMapping(path = "/inspections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记督导检查（督查室；multipart：groupId、unitId 或 taskId、inspectedOn、findings、rating、files）")
    Inspection recordInspection(@RequestParam(required = false) Long groupId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) LocalDate inspectedOn, @RequestParam(required = false) String findings,
            @RequestParam(required = false) ProgressRating rating,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @Parameter(hidden = true) CurrentUser me) {
        InspectionForm f = new InspectionForm();
        f.groupId = groupId;
        f.unitId = unitId;
        f.taskId = taskId;
        f.inspectedOn = inspectedOn;
        f.findings = findings;
        f.rating = rating;
        return inspections.record(f, EvidenceFile.fromUploads(files), me);
    }

    @GetMapping("/inspections/{id}/attachments/{attachmentId}")
    @Operation(summary = "下载督导检查的佐证材料")
    ResponseEntity<byte[]> inspectionFile(@PathVariable long id, @PathVariable long attachmentId,
            @Parameter(hidden = true) CurrentUser me) {
        return Uploads.download(inspections.attachment(id, attachmentId, me));
    }

    // ---- 整改事项 -------------------------------------------------------------------------------------------------

    @GetMapping("/rectifications")
    @Operation(summary = "整改事项列表（带灯色；单位只看到本单位的）")
    PageResult<RectificationRow> rectifications(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) RectificationStatus status, @RequestParam(required = false) Light light,
            @RequestParam(required = false) Long inspectionId, @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) String text, @RequestParam(required = false) Boolean openOnly,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @Parameter(hidden = true) CurrentUser me) {
        return rectifications.list(new RectificationQuery(unitId, status, light, inspectionId, taskId, text, openOnly,
                page, size), me);
    }

    @GetMapping("/rectifications/{id}")
    @Operation(summary = "整改事项详情：灯色、佐证材料、当前用户可做的操作")
    RectificationView rectification(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return rectifications.view(id, me);
    }

    @PostMapping("/inspections/{id}/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "由检查发现交办整改事项（督查室：title、requirement、ownerUnitId、ownerPersonId、deadline）")
    Rectification openRectification(@PathVariable long id, @RequestBody RectificationForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return rectifications.open(id, form, me);
    }

    @PostMapping("/rectifications/{id}/start")
    @Operation(summary = "开始整改（责任单位）")
    Rectification start(@PathVariable long id, @RequestBody(required = false) DecisionForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return rectifications.start(id, form == null ? null : form.version, me);
    }

    @PostMapping("/rectifications/{id}/progress")
    @Operation(summary = "更新整改进展（责任单位：progressPercent 0—100、note）")
    Rectification progress(@PathVariable long id, @RequestBody ProgressForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return rectifications.progress(id, form, me);
    }

    @PostMapping(path = "/rectifications/{id}/submit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "报送整改结果（责任单位；multipart：summary，及 files 或 evidenceNote 至少其一）")
    Rectification submit(@PathVariable long id, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String evidenceNote, @RequestParam(required = false) Integer version,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @Parameter(hidden = true) CurrentUser me) {
        return rectifications.submit(id, evidence(summary, evidenceNote, null, version), EvidenceFile.fromUploads(files), me);
    }

    @PostMapping("/rectifications/{id}/return")
    @Operation(summary = "退回重改（督查室，须填 reason）")
    Rectification sendBack(@PathVariable long id, @RequestBody DecisionForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return rectifications.sendBack(id, form, me);
    }

    @PostMapping(path = "/rectifications/{id}/close", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "销号（督查室；须有佐证：整改情况，及佐证材料或佐证说明；已整改待销号的事项沿用单位报送的佐证）")
    Rectification close(@PathVariable long id, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String evidenceNote, @RequestParam(required = false) String comment,
            @RequestParam(required = false) Integer version,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @Parameter(hidden = true) CurrentUser me) {
        return rectifications.close(id, evidence(summary, evidenceNote, comment, version), EvidenceFile.fromUploads(files), me);
    }

    @GetMapping("/rectifications/{id}/attachments/{attachmentId}")
    @Operation(summary = "下载整改佐证材料")
    ResponseEntity<byte[]> rectificationFile(@PathVariable long id, @PathVariable long attachmentId,
            @Parameter(hidden = true) CurrentUser me) {
        return Uploads.download(rectifications.attachment(id, attachmentId, me));
    }

    // ---- 督办单 ---------------------------------------------------------------------------------------------------

    @GetMapping("/orders")
    @Operation(summary = "督办单列表（单位只看到本单位承办的）")
    PageResult<SupervisionOrder> orders(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) OrderStatus status, @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @Parameter(hidden = true) CurrentUser me) {
        return orders.list(new OrderQuery(unitId, status, taskId, year, page, size), me);
    }

    @GetMapping("/orders/draft")
    @Operation(summary = "为任务起草督办单：灯色、能否下发及原因、建议的依据与要求（督查室）")
    OrderDraft draft(@RequestParam long taskId, @Parameter(hidden = true) CurrentUser me) {
        return orders.draft(taskId, me);
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "下发督办单（督查室；仅限黄灯或红灯任务：taskId、basis、requirement、responseDays、signer）")
    SupervisionOrder issue(@RequestBody OrderForm form, @Parameter(hidden = true) CurrentUser me) {
        return orders.issue(form, me);
    }

    @GetMapping("/orders/{id}")
    @Operation(summary = "督办单详情：办复时限倒计时、办复材料、当前用户可做的操作")
    OrderView order(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return orders.view(id, me);
    }

    @PostMapping(path = "/orders/{id}/respond", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "办复（承办单位；multipart：response、version，可附 files）")
    SupervisionOrder respond(@PathVariable long id, @RequestParam(required = false) String response,
            @RequestParam(required = false) Integer version,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @Parameter(hidden = true) CurrentUser me) {
        ResponseForm f = new ResponseForm();
        f.response = response;
        f.version = version;
        return orders.respond(id, f, EvidenceFile.fromUploads(files), me);
    }

    @PostMapping("/orders/{id}/close")
    @Operation(summary = "确认办复、办结（督查室；reason 为可选意见）")
    SupervisionOrder closeOrder(@PathVariable long id, @RequestBody DecisionForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return orders.close(id, form, me);
    }

    @PostMapping("/orders/{id}/return")
    @Operation(summary = "退回重办（督查室，须填 reason；responseDays 可重新给办复时限）")
    SupervisionOrder returnOrder(@PathVariable long id, @RequestBody DecisionForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return orders.sendBack(id, form, me);
    }

    @PostMapping("/orders/{id}/withdraw")
    @Operation(summary = "撤销督办单（督查室，须填 reason）")
    SupervisionOrder withdraw(@PathVariable long id, @RequestBody DecisionForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return orders.withdraw(id, form, me);
    }

    @GetMapping("/orders/{id}/pdf")
    @Operation(summary = "督办通知单 PDF（A4，可打印）")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return Uploads.pdf(orders.get(id, me).number(), orders.pdf(id, me));
    }

    @GetMapping("/orders/{id}/attachments/{attachmentId}")
    @Operation(summary = "下载办复附件")
    ResponseEntity<byte[]> orderFile(@PathVariable long id, @PathVariable long attachmentId,
            @Parameter(hidden = true) CurrentUser me) {
        return Uploads.download(orders.attachment(id, attachmentId, me));
    }

    private static EvidenceForm evidence(String summary, String note, String comment, Integer version) {
        EvidenceForm f = new EvidenceForm();
        f.summary = summary;
        f.evidenceNote = note;
        f.comment = comment;
        f.version = version;
        return f;
    }

}
