package cn.luoshi.requests.web;

import cn.luoshi.requests.Open311Service;
import cn.luoshi.requests.Open311Service.Open311Error;
import cn.luoshi.requests.RequestSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2, JSON only, at {@code /open311/v2}: public (no login), like a 12345 web form. POST needs the
 * {@code api_key} when {@code luoshi.requests.open311.api-key} is set. Errors are Open311's list
 * {@code [{"code":…,"description":…}]}.
 */
@RestController
@RequestMapping(value = "/open311/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class Open311Controller {

    private final Open311Service open311;
    private final RequestSettings settings;

    Open311Controller(Open311Service open311, RequestSettings settings) {
        this.open311 = open311;
        this.settings = settings;
    }

    @GetMapping("/discovery.json")
    Map<String, Object> discovery(HttpServletRequest request) {
        String base = request.getRequestURL().toString().replaceAll("/discovery\\.json$", "");
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-12-01T00:00:00+08:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("changeset", "2026-12-01T00:00:00+08:00");
        m.put("contact", "区12345政务服务便民热线");
        m.put("key_service", base.replaceAll("/open311/v2$", "") + "/public/requests");
        m.put("endpoints", List.of(endpoint));
        return m;
    }

    @GetMapping("/services.json")
    List<Map<String, Object>> services() {
        return open311.services();
    }

    @GetMapping("/services/{code}.json")
    Map<String, Object> definition(@PathVariable String code) {
        return open311.definition(code);
    }

    @PostMapping(value = "/requests.json", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    List<Map<String, Object>> create(@RequestParam Map<String, String> form) {
        String key = settings.open311ApiKey();
        if (!key.isEmpty() && !key.equals(form.get("api_key"))) {
            throw new Open311Error(403, "invalid api_key（API密钥无效）");
        }
        return List.of(open311.create(form));
    }

    @GetMapping("/requests.json")
    List<Map<String, Object>> query(@RequestParam Map<String, String> q) {
        return open311.query(q);
    }

    @GetMapping("/requests/{id}.json")
    List<Map<String, Object>> one(@PathVariable String id) {
        return open311.one(id);
    }

    @GetMapping("/tokens/{token}.json")
    List<Map<String, Object>> token(@PathVariable String token) {
        return open311.token(token);
    }

    @GetMapping("/servicerequestupdates.json")
    List<Map<String, Object>> updates(@RequestParam Map<String, String> q) {
        return open311.updates(q);
    }

    @GetMapping("/{path}")
    List<Map<String, Object>> unknown(@PathVariable String path) {
        throw new Open311Error(404, "no such resource: " + path + "（只提供JSON格式）");
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<List<Map<String, Object>>> error(Open311Error e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", e.status(), "description", e.getMessage())));
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ResponseEntity<List<Map<String, Object>>> mediaType(Exception e) {
        return error(new Open311Error(400, "POST bodies must be application/x-www-form-urlencoded"));
    }
}
