package cn.luoshi.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 健康检查 for an operator's monitor, without login, in Actuator's shape ({@code {"status":"UP"}}):
 * {@code /health/liveness} — the process answers (restart it when this fails); {@code /health/readiness} — it can
 * serve users now (DOWN with 503 while the database is away; the watchdog's last probe, so it answers at once).
 */
@RestController
class HealthController {

    private final DatabaseStatus database;

    HealthController(DatabaseStatus database) {
        this.database = database;
    }

    @GetMapping("/health/liveness")
    ResponseEntity<Map<String, Object>> liveness() {
        return answer(true, null);
    }

    @GetMapping("/health/readiness")
    ResponseEntity<Map<String, Object>> readiness() {
        return database.isUp() ? answer(true, null) : answer(false, DatabaseStatus.MESSAGE);
    }

    private static ResponseEntity<Map<String, Object>> answer(boolean up, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        if (message != null) {
            body.put("message", message);
        }
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore()).body(body);
    }
}
