package cn.luoshi.requests.web;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.requests.Channel;
import cn.luoshi.requests.Intake;
import cn.luoshi.requests.NewRequest;
import cn.luoshi.requests.RequestService;
import cn.luoshi.requests.RequestSettings;
import cn.luoshi.requests.Urgency;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake APIs: the grid form's queue posts here (idempotent on the client UUID: a report sent twice is stored once),
 * and the 12345 system pushes orders (idempotent on its order number). 201 for a new request, 200 for a repeat.
 */
@RestController
class RequestsApi {

    private final RequestService requests;
    private final RequestSettings settings;
    private final tools.jackson.databind.json.JsonMapper jsonMapper;

    RequestsApi(RequestService requests, RequestSettings settings, tools.jackson.databind.json.JsonMapper jsonMapper) {
        this.requests = requests;
        this.settings = settings;
        this.jsonMapper = jsonMapper;
    }

    /** A photo as the form sends it: file name and base64 data (a data: URL prefix is allowed). */
    record PhotoJson(String name, String data) {
    }

    record GridReport(String clientUuid, String category, String description, String urgency, Double lat, Double lon,
            String address, List<PhotoJson> photos) {
    }

    record HotlineOrder(String orderNo, String category, String description, String urgency, Double lat, Double lon,
            String address, String callerName, String callerPhone, String receivedAt) {
    }

    /**
     * The list as JSON, scoped like the page: a unit user's {@code open=true} list is 本单位在办 (open dispatches to
     * it, open requests it leads, its street's open requests); each row's light and due are its clocks computed now.
     * {@code light} filters by the light the clock pass last stored; at most 200 rows, newest first.
     */
    @org.springframework.web.bind.annotation.GetMapping(value = "/api/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "诉求列表（每页最多200条）",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @io.swagger.v3.oas.annotations.media.ArraySchema(
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ListRow.class))))
    ResponseEntity<byte[]> list(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean open,
            @org.springframework.web.bind.annotation.RequestParam(required = false) cn.luoshi.requests.ClockLight light,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "50") int size, CurrentUser me) {
        if (size < 1 || size > 200) {
            throw InvalidInputException.of("size", "每页条数须在1～200之间");
        }
        // the page's JSON is made once per kept page (RequestService.listAsOfLastPass), not once per read
        byte[] json = requests.listAsOfLastPass(new RequestService.ListQuery(null, null, null, null, open, size, light),
                me, rows -> {
                    List<ListRow> out = new ArrayList<>(rows.size());
                    for (var r : rows) {
                        out.add(new ListRow(r.id(), r.number(), r.categoryName(), r.streetName(), r.status().name(),
                                r.status().label(), r.urgency().name(), r.receivedAt().toString(), r.leadUnitName(),
                                r.description(), r.light() == null ? null : r.light().name(),
                                r.due() == null ? null : r.due().toString(), r.escalated(), "/requests/" + r.id()));
                    }
                    return jsonMapper.writeValueAsBytes(out);
                });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    /**
     * A row of {@code GET /api/requests}, in this order (as the map it replaced): a record is written by a serializer
     * made once for its fields, where a map looked up a serializer for every value of every row.
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "number", "category", "street", "status", "statusLabel", "urgency",
            "receivedAt", "leadUnit", "description", "light", "due", "escalated", "link"})
    record ListRow(long id, String number, String category, String street, String status, String statusLabel,
            String urgency, String receivedAt, String leadUnit, String description, String light, String due,
            boolean escalated, String link) {
    }

    @PostMapping("/api/requests/grid")
    ResponseEntity<Map<String, Object>> grid(@RequestBody GridReport in, CurrentUser me) {
        if (in.clientUuid() == null || in.clientUuid().isBlank()) {
            throw InvalidInputException.of("clientUuid", "缺少上报编号（clientUuid）");
        }
        List<NewRequest.Photo> photos = new ArrayList<>();
        if (in.photos() != null) {
            for (PhotoJson p : in.photos()) {
                String data = p.data() == null ? "" : p.data();
                int comma = data.startsWith("data:") ? data.indexOf(',') : -1;
                try {
                    photos.add(new NewRequest.Photo(p.name() == null ? "照片" : p.name(), Base64.getDecoder().decode(data.substring(comma + 1))));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("photos", "照片“" + p.name() + "”的数据无法读取");
                }
            }
        }
        Intake r = requests.intake(new NewRequest(in.clientUuid(), null, Channel.GRID, in.category(), in.description(),
                urgency(in.urgency()), in.lat(), in.lon(), in.address(), null, null, null, Map.of(), photos,
                "网格员 " + me.displayName(), null), me.displayName() + "（" + (me.unitName() == null ? "网格" : me.unitName()) + "）");
        return answer(r);
    }

    @PostMapping("/api/requests/hotline")
    ResponseEntity<Map<String, Object>> hotline(@RequestBody HotlineOrder in, CurrentUser me) {
        if (!settings.isCentre(me) && !me.isAdmin()) {
            throw new ForbiddenException("只有指挥中心或系统对接账号可以推送12345工单");
        }
        if (in.orderNo() == null || in.orderNo().isBlank()) {
            throw InvalidInputException.of("orderNo", "缺少12345工单号");
        }
        Instant at = null;
        if (in.receivedAt() != null && !in.receivedAt().isBlank()) {
            try {
                at = OffsetDateTime.parse(in.receivedAt().trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("receivedAt", "受理时间须为ISO 8601格式（如2026-12-01T09:30:00+08:00）");
            }
        }
        Intake r = requests.intake(new NewRequest(null, in.orderNo(), Channel.HOTLINE, in.category(), in.description(),
                urgency(in.urgency()), in.lat(), in.lon(), in.address(), in.callerName(), in.callerPhone(), null, Map.of(),
                List.of(), "12345热线", at), me.auditName());
        return answer(r);
    }

    private static Urgency urgency(String s) {
        try {
            return Urgency.parse(s);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("urgency", e.getMessage());
        }
    }

    private static ResponseEntity<Map<String, Object>> answer(Intake r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("number", r.number());
        body.put("created", r.created());
        body.put("possibleDuplicates", r.possibleDuplicates());
        return ResponseEntity.status(r.created() ? 201 : 200).body(body);
    }
}
