package cn.luoshi.minsheng;

import cn.luoshi.common.ConflictException;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the module's tables: curated items, publications and their frozen items. */
@Component
class MinshengStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MinshengStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- curated items --------------------------------------------------------------------------------------------

    Map<Long, MinshengItem> items() {
        return jdbc.sql("select * from minsheng_item").query(MinshengStore::item).list().stream()
                .collect(Collectors.toMap(MinshengItem::taskId, Function.identity()));
    }

    Optional<MinshengItem> item(long taskId) {
        return jdbc.sql("select * from minsheng_item where task_id = ?").param(taskId).query(MinshengStore::item)
                .optional();
    }

    /**
     * Inserts the first curation (version 0 → 1) or updates the row if it is still at {@code version}; otherwise
     * a 409. Two first curations at once: the second finds the row at version 1 and is refused.
     */
    void save(long taskId, int version, MinshengForm f, String publicTitle, String by) {
        int n = jdbc.sql("""
                insert into minsheng_item as m (task_id, public_title, public_note, planned_investment,
                  completed_investment, investment_note, included, version, updated_by, updated_at)
                values (:task, :title, :note, :planned, :completed, :inote, :included, 1, :by, luoshi_now())
                on conflict (task_id) do update set public_title = excluded.public_title,
                  public_note = excluded.public_note, planned_investment = excluded.planned_investment,
                  completed_investment = excluded.completed_investment, investment_note = excluded.investment_note,
                  included = excluded.included, version = m.version + 1, updated_by = excluded.updated_by,
                  updated_at = luoshi_now()
                where m.version = :version""")
                .param("task", taskId).param("title", publicTitle).param("note", blankToNull(f.publicNote))
                .param("planned", f.plannedInvestment).param("completed", f.completedInvestment)
                .param("inote", blankToNull(f.investmentNote)).param("included", f.included)
                .param("by", by).param("version", version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
    }

    private static MinshengItem item(ResultSet rs, int row) throws SQLException {
        return new MinshengItem(rs.getLong("task_id"), rs.getString("public_title"), rs.getString("public_note"),
                rs.getBigDecimal("planned_investment"), rs.getBigDecimal("completed_investment"),
                rs.getString("investment_note"), rs.getBoolean("included"), rs.getInt("version"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    // ---- publications ---------------------------------------------------------------------------------------------

    int latestNumber() {
        return jdbc.sql("select coalesce(max(number), 0) from minsheng_publication").query(Integer.class).single();
    }

    long insertPublication(int number, Instant at, String by, LocalDate asOf, MinshengRates.Figures f) {
        return jdbc.sql("""
                insert into minsheng_publication (number, published_at, published_by, as_of, items_total,
                  items_completed, items_started, completion_rate, start_rate, average_progress,
                  items_with_investment, planned_investment, completed_investment, investment_rate)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(number, Timestamp.from(at), by, asOf, f.items(), f.completed(), f.started(),
                        f.completionRate(), f.startRate(), f.averageProgress(), f.itemsWithInvestment(),
                        f.plannedInvestment(), f.completedInvestment(), f.investmentRate())
                .query(Long.class).single();
    }

    /** The items of a publication in one batch. */
    void insertItems(long publicationId, List<PublishedItem> items) {
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("""
                    insert into minsheng_publication_item (publication_id, seq, task_id, title, target, lead_unit_id,
                      lead_unit, co_units, deadline, progress_percent, status, light, last_update, note,
                      planned_investment, completed_investment, investment_note, completed_on, original_deadline)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (PublishedItem i : items) {
                    ps.setLong(1, publicationId);
                    ps.setInt(2, i.seq());
                    ps.setLong(3, i.taskId());
                    ps.setString(4, i.title());
                    ps.setString(5, i.target());
                    ps.setObject(6, i.leadUnitId());
                    ps.setString(7, i.leadUnit());
                    ps.setArray(8, c.createArrayOf("text", i.coUnits().toArray()));
                    ps.setObject(9, i.deadline() == null ? null : Date.valueOf(i.deadline()));
                    ps.setBigDecimal(10, i.progressPercent());
                    ps.setString(11, i.status().name());
                    ps.setString(12, i.light().name());
                    ps.setObject(13, i.lastUpdate() == null ? null : Date.valueOf(i.lastUpdate()));
                    ps.setString(14, i.note());
                    ps.setBigDecimal(15, i.plannedInvestment());
                    ps.setBigDecimal(16, i.completedInvestment());
                    ps.setString(17, i.investmentNote());
                    ps.setObject(18, i.completedOn() == null ? null : Date.valueOf(i.completedOn()));
                    ps.setObject(19, i.originalDeadline() == null ? null : Date.valueOf(i.originalDeadline()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    Optional<Publication.Summary> latest() {
        return jdbc.sql("select * from minsheng_publication order by number desc limit 1")
                .query(MinshengStore::summary).optional();
    }

    List<Publication.Summary> history() {
        return jdbc.sql("select * from minsheng_publication order by number desc").query(MinshengStore::summary)
                .list();
    }

    Optional<Publication.Summary> summary(int number) {
        return jdbc.sql("select * from minsheng_publication where number = ?").param(number)
                .query(MinshengStore::summary).optional();
    }

    List<PublishedItem> publishedItems(long publicationId) {
        return jdbc.sql("select * from minsheng_publication_item where publication_id = ? order by seq")
                .param(publicationId).query(MinshengStore::publishedItem).list();
    }

    private static Publication.Summary summary(ResultSet rs, int row) throws SQLException {
        var figures = new MinshengRates.Figures(rs.getInt("items_total"), rs.getInt("items_completed"),
                rs.getInt("items_started"), rs.getBigDecimal("completion_rate"), rs.getBigDecimal("start_rate"),
                rs.getBigDecimal("average_progress"), rs.getInt("items_with_investment"),
                rs.getBigDecimal("planned_investment"), rs.getBigDecimal("completed_investment"),
                rs.getBigDecimal("investment_rate"));
        return new Publication.Summary(rs.getLong("id"), rs.getInt("number"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"),
                rs.getObject("as_of", LocalDate.class), figures);
    }

    private static PublishedItem publishedItem(ResultSet rs, int row) throws SQLException {
        return new PublishedItem(rs.getInt("seq"), rs.getLong("task_id"), rs.getString("title"),
                rs.getString("target"), (Long) rs.getObject("lead_unit_id"), rs.getString("lead_unit"),
                strings(rs.getArray("co_units")), rs.getObject("deadline", LocalDate.class),
                rs.getBigDecimal("progress_percent"), PublicStatus.valueOf(rs.getString("status")),
                PublicLight.valueOf(rs.getString("light")), rs.getObject("last_update", LocalDate.class),
                rs.getString("note"), rs.getBigDecimal("planned_investment"),
                rs.getBigDecimal("completed_investment"), rs.getString("investment_note"),
                rs.getObject("completed_on", LocalDate.class), rs.getObject("original_deadline", LocalDate.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
