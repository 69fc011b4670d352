package cn.luoshi.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the multipart limit fails before any controller is chosen, so the advices bound to controller
 * types never see it; this one, bound to none, answers in Chinese (JSON for the API, {@code error/413} otherwise).
 * A form post whose CSRF token is read from the oversized body fails even earlier, in the container; Spring Boot's
 * error page then shows the same {@code error/413} template.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    static final String MESSAGE = "上传的文件过大：每个文件不能超过 20 MB，一次上传合计不能超过 25 MB。"
            + "请压缩或拆分后重新上传（未保存任何内容）";

    /** Declared as a ModelAndView (an Object would be taken for a model attribute); null = the JSON is written. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(413);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 413);
            body.put("message", MESSAGE);
            body.put("fields", List.of(new Violations.Violation("files", MESSAGE)));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.write(body));
            return null;
        }
        ModelAndView page = new ModelAndView("error/413");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }
}
