package cn.luoshi.ledger.web;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.ledger.ProgressSheet;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.org.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 进展报送表 (issue 12): {@code GET /tasks/progress-sheet.xlsx} exports the tasks of the list's filter that the user
 * reports on; {@code /tasks/progress-sheet} is the page to upload the filled sheet, showing what was reported or, when
 * anything is wrong, every problem by row and column (then nothing was written; 422).
 */
@Controller
class ProgressSheetController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProgressSheet sheet;
    private final Clock clock;

    ProgressSheetController(ProgressSheet sheet, Clock clock) {
        this.sheet = sheet;
        this.clock = clock;
    }

    @GetMapping("/tasks/progress-sheet.xlsx")
    void export(TaskQuery query, CurrentUser me, HttpServletResponse response) throws IOException {
        byte[] bytes = sheet.export(query, me);
        String day = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("进展报送表-" + day + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.getOutputStream().write(bytes);
    }

    @GetMapping("/tasks/progress-sheet")
    String page(Model model) {
        model.addAttribute("columns", ProgressSheet.editableColumns());
        return "tasks/progress-sheet";
    }

    @PostMapping("/tasks/progress-sheet")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser me, Model model,
            HttpServletResponse response) throws IOException {
        model.addAttribute("columns", ProgressSheet.editableColumns());
        try {
            ProgressSheet.Outcome outcome = sheet.importSheet(file == null ? null
                    : cn.luoshi.common.FileNames.clean(file.getOriginalFilename()),
                    file == null || file.isEmpty() ? null : file.getBytes(), me);
            model.addAttribute("outcome", outcome);
            if (!outcome.ok()) {
                response.setStatus(422);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.getMessage());
            response.setStatus(422);
        }
        return "tasks/progress-sheet";
    }
}
