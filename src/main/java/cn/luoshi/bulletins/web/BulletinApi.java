package cn.luoshi.bulletins.web;

import cn.luoshi.bulletins.Bulletin;
import cn.luoshi.bulletins.BulletinEditForm;
import cn.luoshi.bulletins.BulletinForm;
import cn.luoshi.bulletins.BulletinService;
import cn.luoshi.bulletins.BulletinSummary;
import cn.luoshi.bulletins.BulletinTaskRow;
import cn.luoshi.org.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of bulletins: the same service and permission checks as the pages. Generating, editing, publishing and
 * the template are the 督查室's (403 for others); published bulletins are readable by everyone signed in; drafts are
 * 404 for others. 400 with field messages, 409 for a stale version or a published (frozen) bulletin.
 */
@RestController
@RequestMapping("/api/bulletins")
@Tag(name = "通报", description = "生成、发布（第N期，冻结）与导出")
class BulletinApi {

    private final BulletinService bulletins;

    BulletinApi(BulletinService bulletins) {
        this.bulletins = bulletins;
    }

    /** The version a move starts from (optional; a stale one is a 409). */
    record VersionBody(Integer version) {
    }

    @GetMapping
    @Operation(summary = "通报列表（督查室另见草稿）")
    List<BulletinSummary> list(@Parameter(hidden = true) CurrentUser me) {
        return bulletins.list(me);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "生成通报草稿", description = "periodKind = WEEK（weekOf）/ MONTH（month: 2026-06）/ QUARTER（year, "
            + "quarter）/ CUSTOM（from, to）；scopeKind = ALL / DIRECTIVE（directiveId）/ TAG（tag，如 民生实事）")
    Bulletin generate(@RequestBody BulletinForm form, @Parameter(hidden = true) CurrentUser me) {
        return bulletins.generate(form, me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "通报（含数据）")
    Bulletin get(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return bulletins.get(id, me);
    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "通报统计的全部任务及其口径（分页）")
    List<BulletinTaskRow> tasks(@PathVariable long id, @RequestParam(defaultValue = "false") boolean redOnly,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "200") int limit,
            @Parameter(hidden = true) CurrentUser me) {
        List<BulletinTaskRow> rows = redOnly ? bulletins.redRows(id, me) : bulletins.rows(id, me);
        int from = Math.max(0, Math.min(offset, rows.size()));
        return rows.subList(from, Math.min(rows.size(), from + Math.max(1, Math.min(limit, 1000))));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改草稿的标题和下步要求")
    Bulletin edit(@PathVariable long id, @RequestBody BulletinEditForm form, @Parameter(hidden = true) CurrentUser me) {
        return bulletins.edit(id, form, me);
    }

    @PostMapping("/{id}/regenerate")
    @Operation(summary = "按同一统计期重新生成草稿")
    Bulletin regenerate(@PathVariable long id, @RequestBody(required = false) VersionBody body,
            @Parameter(hidden = true) CurrentUser me) {
        return bulletins.regenerate(id, body == null ? null : body.version(), me);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "发布（编为第N期并冻结）")
    Bulletin publish(@PathVariable long id, @RequestBody(required = false) VersionBody body,
            @Parameter(hidden = true) CurrentUser me) {
        return bulletins.publish(id, body == null ? null : body.version(), me);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除草稿")
    void delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            @Parameter(hidden = true) CurrentUser me) {
        bulletins.delete(id, version, me);
    }

    @GetMapping("/{id}/docx")
    @Operation(summary = "Word（已发布的为发布时的文件）")
    ResponseEntity<byte[]> docx(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return BulletinController.download(bulletins.docx(id, me));
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "PDF（已发布的为发布时的文件）")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return BulletinController.download(bulletins.pdf(id, me));
    }

    @GetMapping("/{id}/xlsx")
    @Operation(summary = "Excel清单：各单位、红灯事项、全部任务、本期终止")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return BulletinController.download(bulletins.xlsx(id, me));
    }

    @GetMapping("/template")
    @Operation(summary = "现行Word模板")
    BulletinService.TemplateInfo template(@Parameter(hidden = true) CurrentUser me) {
        if (!me.managesLedger()) {
            throw new cn.luoshi.common.ForbiddenException("只有督查室可以管理通报模板");
        }
        return bulletins.templateInfo();
    }

    @PostMapping("/template")
    @Operation(summary = "上传Word模板（先检查占位符）")
    BulletinService.TemplateInfo uploadTemplate(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @Parameter(hidden = true) CurrentUser me) throws IOException {
        MultipartFile f = files == null || files.isEmpty() ? null : files.get(0);
        return bulletins.uploadTemplate(f == null ? null : f.getOriginalFilename(), f == null ? null : f.getBytes(), me);
    }

    @DeleteMapping("/template")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "恢复系统默认模板")
    void resetTemplate(@Parameter(hidden = true) CurrentUser me) {
        bulletins.resetTemplate(me);
    }
}
