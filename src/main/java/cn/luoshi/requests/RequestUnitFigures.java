package cn.luoshi.requests;

import cn.luoshi.common.UnitFact;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-unit request figures for assessment (read-only): the requests received in the period that a unit led (merged
 * ones excluded). {@code good} answers the asked rate: 办结 (finished, replied or closed), 满意 (rated 满意 or 基本满意,
 * unrated ones left out) or 响应 (any unit accepted the dispatch).
 */
@Service
public class RequestUnitFigures {

    /** Which of the 三率 a fact answers. */
    public enum Rate {
        RESPONDED, FINISHED, SATISFIED
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    RequestUnitFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<UnitFact> requests(LocalDate from, LocalDate to, Rate rate) {
        String rated = rate == Rate.SATISFIED ? " and rating is not null" : "";
        return jdbc.sql("""
                select id, number, lead_unit_id, description, received_at, status, rating, any_accepted from request
                where lead_unit_id is not null and status <> 'MERGED' and received_at >= :from and received_at < :to
                """ + rated + " order by lead_unit_id, received_at, id")
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
                .param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    String rating = rs.getString("rating");
                    boolean good = switch (rate) {
                        case RESPONDED -> rs.getBoolean("any_accepted");
                        case FINISHED -> List.of("FINISHED", "REPLIED", "CLOSED").contains(status);
                        case SATISFIED -> "SATISFIED".equals(rating) || "BASIC".equals(rating);
                    };
                    String desc = rs.getString("description");
                    LocalDate day = rs.getTimestamp("received_at").toInstant().atZone(ZONE).toLocalDate();
                    return new UnitFact(rs.getLong("lead_unit_id"), rs.getLong("id"), rs.getString("number") + " "
                            + (desc.length() > 30 ? desc.substring(0, 30) + "…" : desc), "/requests/" + rs.getLong("id"),
                            day, day + " 受理，" + switch (rate) {
                                case RESPONDED -> good ? "已响应" : "未响应";
                                case FINISHED -> good ? "已办结" : "未办结";
                                case SATISFIED -> "SATISFIED".equals(rating) ? "满意" : "BASIC".equals(rating) ? "基本满意" : "不满意";
                            }, good, null, null);
                }).list();
    }
}
