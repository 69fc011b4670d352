package cn.luoshi.supervision.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a move posted from a detail page: on success back to the page with a flash message (post/redirect/get); a
 * broken rule (400) or a move not allowed now (409) shows the page again with the messages above the actions and
 * the form that was used still open with what was typed. 403 and 404 go to the error page like everywhere else.
 */
final class Actions {

    private Actions() {
    }

    static String run(String page, String action, Map<String, String> input, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String done, Runnable move, Supplier<String> again) {
        try {
            move.run();
            redirect.addFlashAttribute("flash", done);
            return "redirect:" + page;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return show(action, input, e.violations().stream().map(Violations.Violation::message).toList(), model,
                    again);
        } catch (ConflictException e) {
            response.setStatus(409);
            return show(action, input, List.of(e.getMessage()), model, again);
        }
    }

    private static String show(String action, Map<String, String> input, List<String> errors, Model model,
            Supplier<String> again) {
        model.addAttribute("action", action);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return again.get();
    }
}
