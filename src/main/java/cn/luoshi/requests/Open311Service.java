package cn.luoshi.requests;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Open311 GeoReport v2 (JSON) over this module: services are the categories with an Open311 code; a service
 * request is a request, its id the public number; {@code servicerequestupdates.json} (the FixMyStreet extension) lists
 * the public steps of the history. Status is {@code open} or {@code closed}; datetimes are ISO 8601 at +08:00.
 */
@Service
public class Open311Service {

    static final Duration MAX_RANGE = Duration.ofDays(90);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final JdbcClient jdbc;
    private final RequestService requests;
    private final IntakeWriter writer;
    private final Clock clock;

    Open311Service(JdbcClient jdbc, RequestService requests, IntakeWriter writer, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.writer = writer;
        this.clock = clock;
    }

    /** An Open311 error: status and description; rendered as {@code [{"code":…,"description":…}]}. */
    public static class Open311Error extends RuntimeException {
        private final int status;

        public Open311Error(int status, String description) {
            super(description);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public static String format(Instant i) {
        return i == null ? null : ISO.format(i.atZone(RequestSettings.CHINA));
    }

    public List<Map<String, Object>> services() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Category c : requests.categories()) {
            if (c.open311Code() == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", c.open311Code());
            m.put("service_name", c.name());
            m.put("description", c.description());
            m.put("metadata", !Json.read(c.attributesJson(), List.class).isEmpty());
            m.put("type", "realtime");
            m.put("keywords", c.keywords());
            m.put("group", c.open311Group());
            out.add(m);
        }
        return out;
    }

    public Map<String, Object> definition(String code) {
        Category c = requests.category(code).filter(x -> code.equals(x.open311Code()))
                .orElseThrow(() -> new Open311Error(404, "service_code " + code + " not found（服务代码不存在）"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", c.open311Code());
        m.put("attributes", Json.read(c.attributesJson(), List.class));
        return m;
    }

    /** POST requests.json: the form fields as Open311 names them. */
    public Map<String, Object> create(Map<String, String> form) {
        String code = form.get("service_code");
        if (code == null || code.isBlank()) {
            throw new Open311Error(400, "service_code is required（缺少服务代码）");
        }
        Category c = requests.category(code.trim()).filter(x -> code.trim().equals(x.open311Code()))
                .orElseThrow(() -> new Open311Error(400, "service_code " + code + " not found（服务代码不存在）"));
        Double lat;
        Double lon;
        try {
            lat = blank(form.get("lat")) ? null : Double.valueOf(form.get("lat").trim());
            lon = blank(form.get("long")) ? null : Double.valueOf(form.get("long").trim());
        } catch (NumberFormatException e) {
            throw new Open311Error(400, "lat and long must be numbers（经纬度须为数字）");
        }
        if ((lat == null) != (lon == null)) {
            throw new Open311Error(400, "lat and long must be given together（经纬度须同时提供）");
        }
        if (lat == null && blank(form.get("address_string")) && blank(form.get("address_id"))) {
            throw new Open311Error(400, "a location is required: lat & long, address_string or address_id（缺少位置）");
        }
        Map<String, String> attributes = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("attribute[") && k.endsWith("]")) {
                attributes.put(k.substring(10, k.length() - 1).replace("][", ""), v);
            }
        });
        String name = ((form.getOrDefault("last_name", "") == null ? "" : form.getOrDefault("last_name", ""))
                + (form.getOrDefault("first_name", "") == null ? "" : form.getOrDefault("first_name", ""))).trim();
        String description = blank(form.get("description")) ? c.name() : form.get("description");
        String address = blank(form.get("address_string")) ? form.get("address_id") : form.get("address_string");
        Intake intake;
        // The token: a fresh UUID kept as the request's client_uuid; given to the reporter only, it proves on the
        // public page that they made the request (citizen rating) and resolves to the id at tokens/{token}.json.
        String token = cn.luoshi.common.Randoms.uuid().toString(); // per-thread generator: intake threads do not queue
        try {
            intake = writer.intake(new NewRequest(token, null, Channel.OPEN311, c.code(), description, Urgency.NORMAL, lat, lon,
                    address, name.isEmpty() ? null : name, form.get("phone"), form.get("email"), attributes, List.of(),
                    "Open311" + (blank(form.get("device_id")) ? "" : "（设备" + RequestService.cut(form.get("device_id"), 40) + "）"),
                    null), "open311"); // grouped with the POSTs waiting (IntakeWriter); no duplicates searched
        } catch (InvalidInputException e) {
            throw new Open311Error(400, e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service_request_id", intake.number());
        out.put("token", token);
        out.put("service_notice", "已受理，工单号" + intake.number() + "，可在公开页面按工单号查询办理进度。");
        out.put("account_id", form.get("account_id"));
        return out;
    }

    public List<Map<String, Object>> query(Map<String, String> q) {
        if (!blank(q.get("service_request_id"))) {
            List<String> ids = List.of(q.get("service_request_id").split(",")).stream().map(String::trim)
                    .filter(s -> !s.isEmpty()).limit(1000).toList();
            return rows("r.number in (:ids)", Map.of("ids", ids.isEmpty() ? List.of("") : ids), 1000);
        }
        Instant[] window = window(q);
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder("c.open311_code is not null");
        if (window[0] != null) {
            where.append(" and r.received_at >= :start");
            p.put("start", Timestamp.from(window[0]));
        }
        if (window[1] != null) {
            where.append(" and r.received_at <= :end");
            p.put("end", Timestamp.from(window[1]));
        }
        if (!blank(q.get("service_code"))) {
            where.append(" and c.open311_code in (:codes)");
            p.put("codes", List.of(q.get("service_code").split(",")).stream().map(String::trim).toList());
        }
        if (!blank(q.get("status"))) {
            List<String> st = List.of(q.get("status").toLowerCase().split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
            for (String s : st) {
                if (!s.equals("open") && !s.equals("closed")) {
                    throw new Open311Error(400, "status must be open and/or closed");
                }
            }
            if (st.contains("open") && !st.contains("closed")) {
                where.append(" and r.status not in ('CLOSED', 'MERGED')");
            } else if (st.contains("closed") && !st.contains("open")) {
                where.append(" and r.status in ('CLOSED', 'MERGED')");
            }
        }
        return rows(where.toString(), p, 1000);
    }

    public List<Map<String, Object>> one(String number) {
        List<Map<String, Object>> r = rows("r.number = :n", Map.of("n", number), 1);
        if (r.isEmpty()) {
            throw new Open311Error(404, "service_request_id " + number + " not found（工单不存在）");
        }
        return r;
    }

    /** tokens/{token}.json: the request an Open311 POST created, by the token it answered with. */
    public List<Map<String, Object>> token(String token) {
        java.util.UUID uuid;
        try {
            uuid = java.util.UUID.fromString(token.trim());
        } catch (IllegalArgumentException e) {
            throw new Open311Error(404, "token " + token + " not found（token不存在）");
        }
        String number = jdbc.sql("select number from request where client_uuid = ? and channel = 'OPEN311'")
                .param(uuid).query(String.class).optional()
                .orElseThrow(() -> new Open311Error(404, "token " + token + " not found（token不存在）"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", number);
        m.put("token", token);
        return List.of(m);
    }

    public List<Map<String, Object>> updates(Map<String, String> q) {
        Instant[] window = window(q);
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder("e.public_note is not null");
        if (window[0] != null) {
            where.append(" and e.at >= :start");
            p.put("start", Timestamp.from(window[0]));
        }
        if (window[1] != null) {
            where.append(" and e.at <= :end");
            p.put("end", Timestamp.from(window[1]));
        }
        return jdbc.sql("select e.id, r.number, e.status, e.at, e.public_note, e.kind from request_event e join request r on r.id = e.request_id where "
                + where + " order by e.at desc, e.id desc limit 1000").params(p)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("update_id", "upd-" + rs.getLong(1));
                    m.put("service_request_id", rs.getString(2));
                    m.put("status", updateStatus(RequestStatus.valueOf(rs.getString(3))));
                    m.put("updated_datetime", format(rs.getTimestamp(4).toInstant()));
                    m.put("description", rs.getString(5));
                    m.put("media_url", null);
                    m.put("external_status_code", rs.getString(6));
                    return m;
                }).list().stream().collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> { java.util.Collections.reverse(l); return l; }));
    }

    /** FixMyStreet update statuses. */
    static String updateStatus(RequestStatus s) {
        return switch (s) {
            case NEW -> "open";
            case DISPATCHED -> "action_scheduled";
            case IN_PROGRESS -> "in_progress";
            case FINISHED, REPLIED -> "fixed";
            case CLOSED -> "closed";
            case MERGED -> "duplicate";
        };
    }

    private Instant[] window(Map<String, String> q) {
        Instant start = parse(q.get("start_date"), "start_date");
        Instant end = parse(q.get("end_date"), "end_date");
        if (start != null && end != null && Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new Open311Error(400, "start_date to end_date may not span more than 90 days");
        }
        if (start == null && end == null) {
            start = clock.instant().minus(MAX_RANGE);
        }
        return new Instant[] {start, end};
    }

    private static Instant parse(String s, String name) {
        if (blank(s)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, name + " is not an ISO 8601 datetime: " + s);
        }
    }

    private List<Map<String, Object>> rows(String where, Map<String, Object> p, int limit) {
        return jdbc.sql("""
                select r.number, r.status, c.name, c.open311_code, r.description, lu.full_name as agency, r.received_at,
                       r.updated_at, r.address, r.lat, r.lon, r.result_note, r.reply_text, r.id,
                       (select min(p.id) from request_photo p where p.request_id = r.id) as photo
                from request r join request_category c on c.id = r.category_id left join unit lu on lu.id = r.lead_unit_id
                where""" + " " + where + " order by r.received_at desc, r.id desc limit " + limit).params(p)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    RequestStatus st = RequestStatus.valueOf(rs.getString("status"));
                    m.put("service_request_id", rs.getString("number"));
                    m.put("status", st.open311());
                    m.put("status_notes", rs.getString("reply_text") != null ? rs.getString("reply_text") : st.label());
                    m.put("service_name", rs.getString("name"));
                    m.put("service_code", rs.getString("open311_code"));
                    m.put("description", rs.getString("description"));
                    m.put("agency_responsible", rs.getString("agency"));
                    m.put("service_notice", null);
                    m.put("requested_datetime", format(rs.getTimestamp("received_at").toInstant()));
                    m.put("updated_datetime", format(rs.getTimestamp("updated_at").toInstant()));
                    m.put("expected_datetime", null);
                    m.put("address", rs.getString("address"));
                    m.put("address_id", null);
                    m.put("zipcode", null);
                    m.put("lat", rs.getObject("lat"));
                    m.put("long", rs.getObject("lon"));
                    m.put("media_url", null);
                    return m;
                }).list().stream().collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> { java.util.Collections.reverse(l); return l; }));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
