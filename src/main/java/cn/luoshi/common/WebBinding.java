package cn.luoshi.common;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form-data objects are plain field holders: bind fields directly, never an id from the request, and treat blank
 * inputs as absent.
 */
@ControllerAdvice
public class WebBinding {

    @InitBinder
    void init(WebDataBinder binder) {
        // On a POST the binder exists before its target does: look at the declared type too.
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (type != null && type.getSimpleName().endsWith("Form")) {
            binder.initDirectFieldAccess();
            binder.setDisallowedFields("id");
        }
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
    }

    /**
     * Post/redirect/get with the form shown again on failure: binding errors and rule violations next to their
     * fields (400), a stale edit or a move no longer allowed as a message on top (409). {@code action} saves and
     * returns the redirect; {@code form} renders the form.
     */
    public static String submit(BindingResult result, HttpServletResponse response, Supplier<String> form,
            Supplier<String> action) {
        if (result.hasErrors()) {
            response.setStatus(400);
            return form.get();
        }
        try {
            return action.get();
        } catch (InvalidInputException e) {
            reject(e, result);
            response.setStatus(400);
            return form.get();
        } catch (ConflictException e) {
            result.reject("conflict", e.getMessage());
            response.setStatus(409);
            return form.get();
        }
    }

    /** Puts a service's rule violations next to their fields, so the form shows them and keeps what was typed. */
    public static void reject(InvalidInputException e, BindingResult result) {
        for (Violations.Violation v : e.violations()) {
            if (v.field() != null && hasField(result, v.field())) {
                result.rejectValue(v.field(), "rule", v.message());
            } else {
                result.reject("rule", v.message());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
