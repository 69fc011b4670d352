package cn.luoshi.ledger;

import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Tasks by tag (按标签查询), e.g. all 民生实事: tasks and measures (never areas) whose {@code tags} hold the tag, with
 * lead unit, co-units, progress and stored light, in the caller's scope. One statement for the whole list; the
 * containment test ({@code tags @> array[tag]}) can use a GIN index on {@code task.tags} should one be added.
 */
@Service
public class TaggedTaskQuery {

    private static final String SELECT = """
            select t.id, t.directive_id, d.title as directive_title, t.kind, t.title, t.target_value, t.target_unit,
              t.target_object, t.target_period, t.start_date, t.deadline, t.lead_unit_id, u.short_name, u.full_name,
              coalesce((select array_agg(cu.full_name order by cu.sort_order, cu.id) from task_co_unit c
                        join unit cu on cu.id = c.unit_id where c.task_id = t.id), '{}') as co_units,
              t.status, t.progress_percent, t.last_reported_on, t.completed_on, tl.light, tl.reason, tl.deadline_finding,
              t.version, t.original_deadline
            from task t
            join directive d on d.id = t.directive_id
            left join unit u on u.id = t.lead_unit_id
            left join task_light tl on tl.task_id = t.id
            where t.kind <> 'AREA' and t.tags @> array[cast(:tag as text)] and """;

    private final JdbcClient jdbc;
    private final Countdowns countdowns;

    TaggedTaskQuery(JdbcClient jdbc, Countdowns countdowns) {
        this.jdbc = jdbc;
        this.countdowns = countdowns;
    }

    /** Every task carrying {@code tag} that {@code me} may see, by source (oldest first) and then in entry order. */
    public TaggedTasks withTag(String tag, CurrentUser me) {
        List<TaggedTasks.Item> items = jdbc.sql(SELECT + TaskStore.SCOPE + " order by d.issued_on, d.id, t.id")
                .param("tag", tag).param("scopeUnit", TaskStore.scopeUnit(me))
                .query(this::item).list();
        return new TaggedTasks(tag, items);
    }

    /** One task if it carries {@code tag} and {@code me} may see it. */
    public Optional<TaggedTasks.Item> one(String tag, long taskId, CurrentUser me) {
        return jdbc.sql(SELECT + TaskStore.SCOPE + " and t.id = :id")
                .param("tag", tag).param("scopeUnit", TaskStore.scopeUnit(me)).param("id", taskId)
                .query(this::item).optional();
    }

    private TaggedTasks.Item item(ResultSet rs, int row) throws SQLException {
        BigDecimal tv = rs.getBigDecimal("target_value");
        String light = rs.getString("light");
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        return new TaggedTasks.Item(rs.getLong("id"), rs.getLong("directive_id"), rs.getString("directive_title"),
                TaskKind.valueOf(rs.getString("kind")), rs.getString("title"),
                Target.of(tv, rs.getString("target_unit"), rs.getString("target_object"),
                        rs.getString("target_period")),
                rs.getObject("start_date", LocalDate.class), deadline,
                (Long) rs.getObject("lead_unit_id"), rs.getString("short_name"), rs.getString("full_name"),
                TaskStore.strings(rs.getArray("co_units")), status,
                rs.getBigDecimal("progress_percent"), rs.getObject("last_reported_on", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class), light,
                light == null ? null : Light.valueOf(light).label(), countdowns.reason(rs.getString("reason"),
                        rs.getBoolean("deadline_finding"), status, deadline),
                rs.getInt("version"), rs.getObject("original_deadline", LocalDate.class));
    }
}
