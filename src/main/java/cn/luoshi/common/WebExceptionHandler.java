package cn.luoshi.common;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Friendly error pages for the web UI; unexpected errors get an id that is also in the log, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, "未找到", e.getMessage(), null, model, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        return page(403, "无权操作", e.getMessage(), null, model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return page(409, "操作未执行", e.getMessage(), null, model, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        return page(400, "输入有误", e.getMessage(), null, model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return page(400, "参数有误", DateBounds.messageIn(e).map(m -> "参数 " + e.getName() + "：" + m)
                .orElse("参数 " + e.getName() + " 的值无法识别"), null, model, response);
    }

    /** A link or form without a parameter it needs (a hand-made URL, an old bookmark): 400, not 500. */
    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    String missing(org.springframework.web.bind.MissingServletRequestParameterException e, Model model,
            HttpServletResponse response) {
        return page(400, "参数有误", "缺少参数 " + e.getParameterName() + "，请从页面上的链接或表单进入", null, model,
                response);
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    String missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e, Model model,
            HttpServletResponse response) {
        return page(400, "参数有误", "缺少上传的 " + e.getRequestPartName(), null, model, response);
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    String unbindable(org.springframework.validation.BindException e, Model model, HttpServletResponse response) {
        return page(400, "参数有误", String.join("；", Violations.fromBinding(e.getBindingResult()).stream()
                .map(Violations.Violation::message).toList()), null, model, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e; // let Spring Security answer (login redirect or 403)
        }
        if (DatabaseStatus.isOutage(e)) {
            throw e; // DatabaseOutageFilter answers 503 with a page that needs no database
        }
        if (org.springframework.web.util.DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e; // the client has gone (closed tab, a load tester stopping): nobody to answer, not an error
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("未预期的错误 [{}]", id, e);
        return page(500, "系统出错了", "请稍后再试；如仍有问题，请联系管理员并提供错误编号。", id, model, response);
    }

    private static String page(int status, String title, String message, String errorId, Model model,
            HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        model.addAttribute("errorId", errorId);
        return "error";
    }
}
