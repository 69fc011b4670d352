package cn.luoshi.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the multipart limit fails before any controller is chosen, so the advices bound to controller
 * types never see it; this one, bound to none, answers in Chinese (JSON for the API, the error page otherwise).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    static final String MESSAGE = "上传的文件过大：每个文件不能超过 20 MB，一次上传合计不能超过 25 MB。"
            + "请压缩或拆分后重新上传（未保存任何内容）";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 413);
            body.put("message", MESSAGE);
            body.put("fields", List.of(new Violations.Violation("files", MESSAGE)));
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body(body);
        }
        response.setStatus(413);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", 413);
        page.addObject("title", "文件过大");
        page.addObject("message", MESSAGE);
        return page;
    }
}
