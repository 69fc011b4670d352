package cn.luoshi.requests.web;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.requests.GridMapService;
import cn.luoshi.requests.HotlineImport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 12345 import page and the admin's grid-map upload. */
@Controller
class ImportController {

    private final HotlineImport imports;
    private final GridMapService maps;

    ImportController(HotlineImport imports, GridMapService maps) {
        this.imports = imports;
        this.maps = maps;
    }

    @GetMapping("/requests/import")
    String page(Model model) {
        model.addAttribute("columns", HotlineImport.COLUMNS);
        model.addAttribute("streets", maps.areas("STREET"));
        return "requests/import";
    }

    @PostMapping("/requests/import")
    String upload(@RequestParam("file") MultipartFile file, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        try {
            int n = imports.importFile(file.getOriginalFilename(), file.getBytes(), me);
            redirect.addFlashAttribute("flash", "已导入" + n + "件12345工单");
            return "redirect:/requests?status=NEW";
        } catch (HotlineImport.Rejected e) {
            response.setStatus(400);
            model.addAttribute("errors", e.errors());
            model.addAttribute("message", e.getMessage());
        } catch (InvalidInputException | ForbiddenException e) {
            response.setStatus(400);
            model.addAttribute("message", e.getMessage());
        }
        return page(model);
    }

    @PostMapping("/requests/map")
    String map(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String name, CurrentUser me,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file.getSize() > 20 * 1024 * 1024) {
                throw InvalidInputException.of("file", "地图文件超过20MB");
            }
            maps.upload(name, new String(file.getBytes(), StandardCharsets.UTF_8), me);
            redirect.addFlashAttribute("flash", "已更新网格地图");
        } catch (InvalidInputException | ForbiddenException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/requests/import";
    }
}
