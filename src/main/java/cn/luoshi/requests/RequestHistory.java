package cn.luoshi.requests;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.org.CurrentUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 历史工单导入: requests already handled elsewhere (a previous system's archive, or the demo), loaded in batches with
 * their dispatch, 吹哨, reply and rating as they happened. One transaction; one audit entry for the batch.
 */
@Service
public class RequestHistory {

    /** One handled request. Times may be null for steps that did not happen. */
    public record Handled(Channel channel, String categoryCode, Urgency urgency, String description, double lat, double lon,
            String address, Instant receivedAt, long leadUnitId, Instant dispatchedAt, Instant signedAt,
            Instant contactedAt, Instant finishedAt, boolean resolvedSelf, Instant repliedAt, Rating rating,
            boolean resolvedRating, List<Long> whistleUnits, Instant whistleAt, List<Instant> reportedAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final GridMapService maps;
    private final AuditLog audit;

    RequestHistory(JdbcClient jdbc, JdbcTemplate template, GridMapService maps, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.maps = maps;
        this.audit = audit;
    }

    public boolean hasAny() {
        return jdbc.sql("select exists (select 1 from request)").query(Boolean.class).single();
    }

    @Transactional
    public int load(List<Handled> rows, CurrentUser me) {
        Map<String, Long> categories = new java.util.HashMap<>();
        jdbc.sql("select code, id from request_category").query((rs, n) -> categories.put(rs.getString(1), rs.getLong(2))).list();
        List<Object[]> req = new ArrayList<>();
        List<Object[]> disp = new ArrayList<>();
        List<Object[]> whistles = new ArrayList<>();
        List<Object[]> whistleDisp = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        long first = jdbc.sql("select nextval('request_number_seq')").query(Long.class).single();
        jdbc.sql("select setval('request_number_seq', ?)").param(first + rows.size()).query(Long.class).single();
        int i = 0;
        for (Handled h : rows) {
            LocalDate day = LocalDate.ofInstant(h.receivedAt(), RequestSettings.CHINA);
            String number = "SQ" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", first + i++);
            var loc = maps.locate(h.lat(), h.lon()).orElse(null);
            // a handled case that was rated is archived, also when the caller was not satisfied (the archive's verdict)
            RequestStatus status = h.rating() != null ? RequestStatus.CLOSED
                    : h.repliedAt() != null ? RequestStatus.REPLIED : h.finishedAt() != null ? RequestStatus.FINISHED
                    : h.signedAt() != null ? RequestStatus.IN_PROGRESS : RequestStatus.DISPATCHED;
            Instant last = max(h.receivedAt(), h.dispatchedAt(), h.signedAt(), h.finishedAt(), h.repliedAt());
            Instant ratedAt = h.rating() == null ? null : h.repliedAt().plusSeconds(86400);
            if (ratedAt != null) {
                last = ratedAt;
            }
            req.add(new Object[] {number, h.channel().name(), categories.get(h.categoryCode()), h.urgency().name(), h.description(),
                    h.lat(), h.lon(), h.address(), loc == null ? null : loc.streetId(), loc == null ? null : loc.communityId(),
                    loc == null ? null : loc.gridId(), loc == null ? null : loc.streetUnitId(), "演示数据", status.name(),
                    ts(h.receivedAt()), YearMonth.from(day).atDay(1), h.leadUnitId(), 1, h.signedAt() != null, ts(h.finishedAt()),
                    h.finishedAt() == null ? null : h.resolvedSelf(), h.finishedAt() == null ? null : "已按诉求处理",
                    h.repliedAt() == null ? null : "您反映的问题已处理，感谢监督。", ts(h.repliedAt()),
                    h.rating() == null ? null : h.rating().name(), h.rating() == null ? null : h.resolvedRating(), ts(ratedAt),
                    ts(last)});
            String dispStatus = h.finishedAt() != null ? "FINISHED" : h.signedAt() != null ? "SIGNED" : "OPEN";
            disp.add(new Object[] {h.leadUnitId(), "LEAD", ts(h.dispatchedAt()), "指挥中心", ts(h.signedAt()), ts(h.contactedAt()),
                    ts(h.finishedAt()), dispStatus, number});
            events.add(ev(number, h.receivedAt(), "受理", h.channel().label() + "受理", "已受理", RequestStatus.NEW));
            events.add(ev(number, h.dispatchedAt(), "派单", "派单", "已派单", RequestStatus.DISPATCHED));
            if (h.signedAt() != null) {
                events.add(ev(number, h.signedAt(), "签收", "承办单位签收", "承办单位已签收", RequestStatus.IN_PROGRESS));
            }
            if (h.whistleUnits() != null && !h.whistleUnits().isEmpty()) {
                whistles.add(new Object[] {loc == null ? h.leadUnitId() : loc.streetUnitId(), ts(h.whistleAt()), 240, "街道吹哨，部门报到联合处置", number});
                for (int k = 0; k < h.whistleUnits().size(); k++) {
                    Instant rep = h.reportedAt().get(k);
                    whistleDisp.add(new Object[] {h.whistleUnits().get(k), k == 0 ? "LEAD" : "ASSIST", ts(h.whistleAt()), ts(rep),
                            h.finishedAt() != null ? "CLOSED" : rep != null ? "SIGNED" : "OPEN", number});
                }
                events.add(ev(number, h.whistleAt(), "吹哨", "街道吹哨，相关部门报到", "街道已吹哨，相关部门报到中", RequestStatus.IN_PROGRESS));
            }
            if (h.finishedAt() != null) {
                events.add(ev(number, h.finishedAt(), "办结", "已办结", "已办结", RequestStatus.FINISHED));
            }
            if (h.repliedAt() != null) {
                events.add(ev(number, h.repliedAt(), "答复", "已答复诉求人", "已答复", RequestStatus.REPLIED));
            }
            if (h.rating() != null) {
                events.add(ev(number, ratedAt, "回访评价", h.rating().label(), "评价：" + h.rating().label(), status));
                ratings.add(new Object[] {h.rating().name(), h.resolvedRating(), ts(ratedAt), number});
            }
        }
        // one statement per table (unnest of the rows' columns): the tables' statement triggers (本单位在办, V4_255)
        // then run once per table, where a JDBC batch ran them once per row
        insertAll("insert into request (number, channel, category_id, urgency, description, lat, lon, address,"
                + " street_area_id, community_area_id, grid_area_id, street_unit_id, reported_by, status, received_at, month,"
                + " lead_unit_id, units_passed, any_accepted, finished_at, resolved_self, result_note, reply_text, replied_at,"
                + " rating, resolved_rating, rated_at, updated_at) select c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12,"
                + " c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28 from %s order by ord",
                req, "text", "text", "int8", "text", "text", "float8", "float8", "text", "int8", "int8", "int8", "int8",
                "text", "text", "timestamptz", "date", "int8", "int4", "bool", "timestamptz", "bool", "text", "text",
                "timestamptz", "text", "bool", "timestamptz", "timestamptz");
        insertAll("insert into request_dispatch (request_id, unit_id, role, dispatched_at, dispatched_by, signed_at,"
                + " contacted_at, finished_at, status) select r.id, c1, c2, c3, c4, c5, c6, c7, c8 from %s"
                + " join request r on r.number = u.c9 order by ord",
                disp, "int8", "text", "timestamptz", "text", "timestamptz", "timestamptz", "timestamptz", "text", "text");
        insertAll("insert into request_whistle (request_id, street_unit_id, called_at, called_by, report_minutes, reason)"
                + " select r.id, c1, c2, '街道', c3, c4 from %s join request r on r.number = u.c5 order by ord",
                whistles, "int8", "timestamptz", "int4", "text", "text");
        insertAll("insert into request_dispatch (request_id, unit_id, role, whistle_id, dispatched_at, dispatched_by,"
                + " signed_at, status) select r.id, c1, c2, w.id, c3, '街道', c4, c5 from %s"
                + " join request r on r.number = u.c6 join request_whistle w on w.request_id = r.id order by ord",
                whistleDisp, "int8", "text", "timestamptz", "timestamptz", "text", "text");
        insertAll("insert into request_event (request_id, at, actor, kind, note, public_note, status)"
                + " select r.id, c1, '演示数据', c2, c3, c4, c5 from %s join request r on r.number = u.c6 order by ord",
                events, "timestamptz", "text", "text", "text", "text", "text");
        insertAll("insert into request_rating (request_id, round, rating, resolved, callback, rated_at, recorded_by)"
                + " select r.id, 0, c1, c2, true, c3, '回访员' from %s join request r on r.number = u.c4 order by ord",
                ratings, "text", "bool", "timestamptz", "text");
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("request", 0, null, null),
                "导入历史工单" + rows.size() + "件", null, Map.of("件数", rows.size()));
        return rows.size();
    }

    /**
     * One {@code insert … select … from %s} for all rows: {@code %s} becomes {@code unnest(…) with ordinality as u(c1…cN,
     * ord)}, each column sent as text and cast to its type (times as ISO instants, so no time zone is guessed).
     */
    private void insertAll(String sql, List<Object[]> rows, String... types) {
        if (rows.isEmpty()) {
            return;
        }
        String[][] cols = new String[types.length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            for (int c = 0; c < types.length; c++) {
                Object v = row[c];
                cols[c][i] = v == null ? null : v instanceof Timestamp t ? t.toInstant().toString() : v.toString();
            }
        }
        StringBuilder unnest = new StringBuilder("unnest(");
        StringBuilder names = new StringBuilder();
        for (int c = 0; c < types.length; c++) {
            unnest.append(c == 0 ? "" : ", ").append("?::text[]::").append(types[c]).append("[]");
            names.append("c").append(c + 1).append(", ");
        }
        String statement = sql.formatted(unnest + ") with ordinality as u(" + names + "ord)");
        template.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
            try (var ps = c.prepareStatement(statement)) {
                for (int col = 0; col < types.length; col++) {
                    ps.setArray(col + 1, c.createArrayOf("text", cols[col]));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Object[] ev(String number, Instant at, String kind, String note, String publicNote, RequestStatus st) {
        return new Object[] {ts(at), kind, note, publicNote, st.name(), number};
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant max(Instant... xs) {
        Instant m = null;
        for (Instant x : xs) {
            if (x != null && (m == null || x.isAfter(m))) {
                m = x;
            }
        }
        return m;
    }
}
