package cn.luoshi.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/**
 * JSON errors for the API: field messages for 400, one message for 403/404/409, 503 while the database is away, an
 * error id for 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final DatabaseStatus status;

    ApiExceptionHandler(DatabaseStatus status) {
        this.status = status;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return body(HttpStatus.BAD_REQUEST, "输入有误，未保存：" + e.getMessage(), e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException de && !de.getPath().isEmpty()) {
            String field = de.getPath().get(de.getPath().size() - 1).getPropertyName();
            String message = de instanceof tools.jackson.databind.exc.InvalidFormatException f
                    && f.getTargetType() == java.time.LocalDate.class
                    ? "字段 " + field + "：" + f.getOriginalMessage()
                    : "字段 " + field + " 的值无法识别（日期请用 yyyy-MM-dd，数量请用数字）";
            return body(HttpStatus.BAD_REQUEST, message, List.of(new Violations.Violation(field, message)));
        }
        return body(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        String message = DateBounds.messageIn(e).map(m -> "参数 " + e.getName() + "：" + m)
                .orElse("参数 " + e.getName() + " 的值「" + e.getValue() + "」无法识别");
        return body(HttpStatus.BAD_REQUEST, message, List.of(new Violations.Violation(e.getName(), message)));
    }

    /** A query record whose parameter could not be converted (unitId=abc): 400 naming each parameter. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    ResponseEntity<Map<String, Object>> unbindable(org.springframework.validation.BindException e) {
        List<Violations.Violation> fields = Violations.fromBinding(e.getBindingResult());
        return body(HttpStatus.BAD_REQUEST, fields.stream().map(Violations.Violation::message)
                .collect(java.util.stream.Collectors.joining("；")), fields);
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(org.springframework.web.bind.MissingServletRequestParameterException e) {
        String message = "缺少参数 " + e.getParameterName();
        return body(HttpStatus.BAD_REQUEST, message, List.of(new Violations.Violation(e.getParameterName(), message)));
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        String message = "缺少上传的 " + e.getRequestPartName();
        return body(HttpStatus.BAD_REQUEST, message, List.of(new Violations.Violation(e.getRequestPartName(), message)));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(RuntimeException e) {
        return body(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return body(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) throws Exception {
        if (org.springframework.web.util.DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e; // the client has gone: nobody to answer, not an error (Spring logs it at debug level)
        }
        if (DatabaseStatus.isOutage(e)) {
            status.markDown(e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .body(body(HttpStatus.SERVICE_UNAVAILABLE, DatabaseStatus.MESSAGE, List.of()).getBody());
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("未预期的错误 [{}]", id, e);
        ResponseEntity<Map<String, Object>> r = body(HttpStatus.INTERNAL_SERVER_ERROR,
                "系统内部错误，请联系管理员并提供错误编号 " + id, List.of());
        r.getBody().put("errorId", id);
        return r;
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message,
            List<Violations.Violation> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.value());
        m.put("message", message);
        m.put("fields", fields);
        return ResponseEntity.status(status).body(m);
    }
}
