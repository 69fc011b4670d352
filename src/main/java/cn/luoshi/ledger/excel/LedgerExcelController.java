package cn.luoshi.ledger.excel;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.ledger.LedgerPermissions;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.org.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 台账 Excel pages: 导出Excel of the task list with its filters (anyone, within their scope), and for the 督查室 the
 * import page, the blank template and the upload.
 */
@Controller
class LedgerExcelController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LedgerExporter exporter;
    private final LedgerImporter importer;
    private final ImportJobs jobs;
    private final LedgerUpdates updates;
    private final Clock clock;

    LedgerExcelController(LedgerExporter exporter, LedgerImporter importer, ImportJobs jobs, LedgerUpdates updates,
            Clock clock) {
        this.exporter = exporter;
        this.importer = importer;
        this.jobs = jobs;
        this.updates = updates;
        this.clock = clock;
    }

    @GetMapping("/tasks/export")
    void export(TaskQuery query, CurrentUser me, HttpServletResponse response)
            throws IOException {
        String title = exporter.title(query, me); // may answer 404; headers are not set yet
        String day = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        download(response, "任务台账-" + day + ".xlsx");
        exporter.export(query, me, title, response.getOutputStream());
    }

    @GetMapping("/tasks/import")
    String importPage(CurrentUser me) {
        requireManage(me);
        return "tasks/import";
    }

    @GetMapping("/tasks/import/template")
    void template(CurrentUser me, HttpServletResponse response) throws IOException {
        requireManage(me);
        download(response, "任务台账导入模板.xlsx");
        exporter.template(response.getOutputStream());
    }

    /**
     * The upload. Sent by htmx (the page with JavaScript), the import runs in the background and the answer is a
     * progress bar that polls {@link #job}; sent as a plain form, the answer waits for the result. Either way the
     * result (counts and rows, or the table of problems) is shown on this page; a refused file answers 422 to a
     * plain form (htmx swaps only successful answers).
     */
    @PostMapping("/tasks/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser me, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireManage(me);
        boolean htmx = request.getHeader("HX-Request") != null;
        ImportResult result;
        LedgerReader.Parsed parsed;
        if (file == null || file.isEmpty()) {
            result = ImportResult.failed(null, 0, 0, List.of(ImportProblem.ofFile("请选择要导入的 .xlsx 文件")));
        } else if (file.getSize() > LedgerReader.MAX_BYTES) {
            result = ImportResult.failed(cn.luoshi.common.FileNames.clean(file.getOriginalFilename()), 0, 0, List.of(ImportProblem.ofFile(
                    "文件大小为 %.1f MB，超过 10 MB 的上限；请删去图片等内容或分成几个文件导入"
                            .formatted(file.getSize() / 1024.0 / 1024.0))));
        } else if (LedgerUpdates.carriesIds(parsed = LedgerReader.read(file.getBytes()))) {
            // 任务编号 in the file: it updates existing tasks — a preview first, nothing written before 确认写入.
            var preview = updates.preview(cn.luoshi.common.FileNames.clean(file.getOriginalFilename()), parsed, me);
            String to = "/tasks/import/preview/" + preview.token();
            if (htmx) {
                response.setHeader("HX-Redirect", to);
                return "tasks/import";
            }
            return "redirect:" + to;
        } else if (htmx) {
            return jobPage(jobs.submit(cn.luoshi.common.FileNames.clean(file.getOriginalFilename()), file.getBytes(), me), model);
        } else {
            result = importer.importFile(cn.luoshi.common.FileNames.clean(file.getOriginalFilename()), file.getBytes(), me);
        }
        if (!result.ok() && !htmx) {
            response.setStatus(422);
        }
        model.addAttribute("result", result);
        return "tasks/import";
    }

    /** 导入预览: per task, field: old → new; errors and conflicts; 确认写入 or 取消. Nothing is written here. */
    @GetMapping("/tasks/import/preview/{token}")
    String preview(@PathVariable String token, CurrentUser me, Model model) {
        model.addAttribute("p", updates.get(token, me));
        return "tasks/import-preview";
    }

    /** 确认写入: all changes of the preview in one transaction, or none (the message says why). */
    @PostMapping("/tasks/import/preview/{token}/confirm")
    String confirm(@PathVariable String token, CurrentUser me,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            var written = updates.confirm(token, me);
            redirect.addFlashAttribute("flash", written.summary());
            return "redirect:/tasks/import";
        } catch (cn.luoshi.common.ConflictException e) {
            redirect.addFlashAttribute("previewError", e.getMessage());
            return "redirect:/tasks/import/preview/" + token;
        }
    }

    @PostMapping("/tasks/import/preview/{token}/cancel")
    String cancel(@PathVariable String token, CurrentUser me,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        updates.cancel(token, me);
        redirect.addFlashAttribute("flash", "已取消，未写入任何数据。");
        return "redirect:/tasks/import";
    }

    /** A background import: its progress while it runs, its result when done. */
    @GetMapping("/tasks/import/jobs/{id}")
    String job(@PathVariable String id, CurrentUser me, Model model) {
        requireManage(me);
        return jobPage(jobs.get(id, me), model);
    }

    private static String jobPage(ImportJobs.Job job, Model model) {
        ImportResult result = job.result;
        if (result != null) {
            model.addAttribute("result", result);
        } else {
            model.addAttribute("jobId", job.id);
            model.addAttribute("jobFile", job.fileName);
            model.addAttribute("progress", job.progress);
        }
        return "tasks/import";
    }

    private static void download(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    private static void requireManage(CurrentUser me) {
        if (!LedgerPermissions.mayManage(me)) {
            throw new ForbiddenException("只有督查室可以导入台账");
        }
    }
}
