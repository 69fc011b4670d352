package cn.luoshi.ledger;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.Json;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.org.CurrentUser;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes task rows, and decides which rows a user may see (数据权限). */
@Component
class TaskStore {

    /**
     * A unit user sees tasks their unit leads, co-operates on (配合), or owns a problem of. Parameter {@code :scopeUnit}
     * is null for users who see everything.
     */
    static final String SCOPE = """
            (cast(:scopeUnit as bigint) is null or t.lead_unit_id = :scopeUnit
             or exists (select 1 from task_co_unit sc where sc.task_id = t.id and sc.unit_id = :scopeUnit)
             or exists (select 1 from problem sp where sp.task_id = t.id and sp.owner_unit_id = :scopeUnit))""";

    /**
     * The same rule as {@link #SCOPE}, as the ids of the tasks a unit user sees (lead, 配合, a problem it owns), for
     * queries that start from the unit's tasks ({@code t.id in (…)}, parameter {@code :scopeUnit} not null).
     */
    static final String SCOPE_IDS = """
            select id from task where lead_unit_id = :scopeUnit
            union all select task_id from task_co_unit where unit_id = :scopeUnit
            union all select task_id from problem where owner_unit_id = :scopeUnit""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    TaskStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    static Long scopeUnit(CurrentUser me) {
        return me.seesEverything() ? null : me.unitId();
    }

    Optional<Task> find(long id) {
        return jdbc.sql("select t.*, " + CO_UNITS + " from task t where t.id = :id").param("id", id)
                .query(TaskStore::task).optional();
    }

    /** The task if it exists and the user may see it; otherwise 404 (never 403, so scope does not leak). */
    Task visible(long id, CurrentUser me) {
        return jdbc.sql("select t.*, " + CO_UNITS + " from task t where t.id = :id and " + SCOPE)
                .param("id", id).param("scopeUnit", scopeUnit(me))
                .query(TaskStore::task).optional()
                .orElseThrow(() -> new NotFoundException("任务", id));
    }

    List<Task> children(long parentId) {
        return jdbc.sql("select t.*, " + CO_UNITS + " from task t where t.parent_id = :id order by t.seq, t.id")
                .param("id", parentId).query(TaskStore::task).list();
    }

    List<Task> ofDirective(long directiveId) {
        return jdbc.sql("select t.*, " + CO_UNITS + " from task t where t.directive_id = :d order by t.seq, t.id")
                .param("d", directiveId).query(TaskStore::task).list();
    }

    int nextSeq(long directiveId, Long parentId) {
        return jdbc.sql("""
                select coalesce(max(seq), 0) + 1 from task
                where directive_id = :d and parent_id is not distinct from cast(:p as bigint)""")
                .param("d", directiveId).param("p", parentId).query(Integer.class).single();
    }

    long insert(long directiveId, TaskForm f, TaskStatus status, int seq, String by) {
        long id = jdbc.sql("""
                insert into task (directive_id, parent_id, kind, seq, title, description, target_value, target_unit,
                  target_object, target_period, start_date, deadline, lead_leader_id, lead_unit_id,
                  responsible_person, contact, status, source_start, source_end, tags, created_by, report_cycle,
                  assigned_at)
                values (:d, :parent, :kind, :seq, :title, :description, :tv, :tu, :tobj, :tp, :start, :deadline,
                  :leader, :unit, :person, :contact, :status, :ss, :se, :tags, :by, :cycle,
                  case when :status = 'ASSIGNED' then luoshi_now() end)
                returning id""")
                .param("d", directiveId).param("parent", f.parentId).param("kind", f.kind.name()).param("seq", seq)
                .param("ss", f.sourceStart).param("se", f.sourceEnd).param("by", by)
                .params(fields(f, status))
                .query(Long.class).single();
        replaceCoUnits(id, f.coUnitIds);
        replaceMoreTargets(id, f.moreTargets);
        return id;
    }

    /**
     * Inserts many top-level tasks of one directive in three statements (ids from the identity sequence, tasks via
     * unnest, co-units via unnest), for imports. Same columns and defaults as {@link #insert}.
     */
    List<Long> insertAll(long directiveId, List<TaskForm> forms, List<TaskStatus> statuses, int firstSeq, String by) {
        int n = forms.size();
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('task', 'id')) from generate_series(1, ?)")
                .param(n).query(Long.class).list();
        Object[][] cols = new Object[21][n];
        for (int i = 0; i < n; i++) {
            TaskForm f = forms.get(i);
            Map<String, Object> m = fields(f, statuses.get(i));
            Object[] row = {ids.get(i), directiveId, f.kind.name(), firstSeq + i, m.get("title"), m.get("description"),
                    m.get("tv"), m.get("tu"), m.get("tobj"), m.get("tp"), m.get("start"), m.get("deadline"),
                    m.get("leader"), m.get("unit"), m.get("person"), m.get("contact"), m.get("status"),
                    String.join(TAG_SEPARATOR, (String[]) m.get("tags")), by, m.get("cycle"), null};
            for (int c = 0; c < row.length; c++) {
                cols[c][i] = row[c] instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : row[c];
            }
        }
        String[] types = {"int8", "int8", "text", "int4", "text", "text", "numeric", "text", "text", "text", "date",
                "date", "int8", "int8", "text", "text", "text", "text", "text", "text"};
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("""
                    insert into task (id, directive_id, kind, seq, title, description, target_value, target_unit,
                      target_object, target_period, start_date, deadline, lead_leader_id, lead_unit_id,
                      responsible_person, contact, status, tags, created_by, report_cycle, assigned_at)
                    overriding system value
                    select u.id, u.d, u.kind, u.seq, u.title, u.description, u.tv, u.tu, u.tobj, u.tp, u.start_date,
                      u.deadline, u.leader, u.unit, u.person, u.contact, u.status,
                      case when u.tags = '' then '{}'::text[] else string_to_array(u.tags, chr(31)) end, u.by, u.cycle,
                      case when u.status = 'ASSIGNED' then luoshi_now() end
                    from unnest(?::int8[], ?::int8[], ?::text[], ?::int4[], ?::text[], ?::text[], ?::numeric[],
                      ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::int8[], ?::int8[], ?::text[],
                      ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                      as u(id, d, kind, seq, title, description, tv, tu, tobj, tp, start_date, deadline, leader, unit,
                           person, contact, status, tags, by, cycle)""")) {
                for (int col = 0; col < types.length; col++) {
                    ps.setArray(col + 1, c.createArrayOf(types[col], cols[col]));
                }
                ps.executeUpdate();
            }
            List<Object> taskIds = new ArrayList<>();
            List<Object> unitIds = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Long> co = forms.get(i).coUnitIds;
                if (co != null) {
                    for (Long u : co.stream().distinct().toList()) {
                        taskIds.add(ids.get(i));
                        unitIds.add(u);
                    }
                }
            }
            if (!taskIds.isEmpty()) {
                try (var ps = c.prepareStatement("insert into task_co_unit (task_id, unit_id)"
                        + " select * from unnest(?::int8[], ?::int8[])")) {
                    ps.setArray(1, c.createArrayOf("int8", taskIds.toArray()));
                    ps.setArray(2, c.createArrayOf("int8", unitIds.toArray()));
                    ps.executeUpdate();
                }
            }
            List<Object[]> targets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<TaskForm.TargetLine> more = forms.get(i).moreTargets;
                for (int k = 0; more != null && k < more.size(); k++) {
                    TaskForm.TargetLine l = more.get(k);
                    targets.add(new Object[] {ids.get(i), k + 2, l.value, blankToNull(l.unit), blankToNull(l.object),
                            blankToNull(l.period)});
                }
            }
            if (!targets.isEmpty()) {
                try (var ps = c.prepareStatement("insert into task_target (task_id, seq, value, unit, object, period)"
                        + " select * from unnest(?::int8[], ?::int4[], ?::numeric[], ?::text[], ?::text[], ?::text[])")) {
                    String[] targetTypes = {"int8", "int4", "numeric", "text", "text", "text"};
                    for (int col = 0; col < targetTypes.length; col++) {
                        Object[] values = new Object[targets.size()];
                        for (int r = 0; r < values.length; r++) {
                            values[r] = targets.get(r)[col];
                        }
                        ps.setArray(col + 1, c.createArrayOf(targetTypes[col], values));
                    }
                    ps.executeUpdate();
                }
            }
            return null;
        });
        return ids;
    }

    private static final String TAG_SEPARATOR = String.valueOf((char) 31);

    /** All tasks by id, with their co-units, in one query. */
    List<Task> findAll(List<Long> ids) {
        return jdbc.sql("select t.*, " + CO_UNITS + " from task t where t.id in (:ids) order by t.id")
                .param("ids", ids).query(TaskStore::task).list();
    }

    /** Updates the task if nobody changed it since {@code version}; otherwise a 409. */
    void update(long id, int version, TaskForm f, TaskStatus status) {
        int n = jdbc.sql("""
                update task set title = :title, description = :description, target_value = :tv, target_unit = :tu,
                  target_object = :tobj, target_period = :tp, start_date = :start, deadline = :deadline,
                  lead_leader_id = :leader, lead_unit_id = :unit, responsible_person = :person, contact = :contact,
                  status = :status, tags = :tags, report_cycle = :cycle, version = version + 1, updated_at = luoshi_now(),
                  -- 交办 time restarts when the task becomes 待签收 or goes to another unit while waiting
                  assigned_at = case when :status = 'ASSIGNED' and (status <> 'ASSIGNED'
                                       or lead_unit_id is distinct from cast(:unit as bigint)) then luoshi_now()
                                     else assigned_at end
                where id = :id and version = :version""")
                .params(fields(f, status))
                .param("id", id).param("version", version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        replaceCoUnits(id, f.coUnitIds);
        replaceMoreTargets(id, f.moreTargets);
    }

    /** The editable fields as named parameters, shared by insert and update. */
    private static Map<String, Object> fields(TaskForm f, TaskStatus status) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", f.title.trim());
        m.put("description", blankToNull(f.description));
        m.put("tv", f.targetValue);
        m.put("tu", blankToNull(f.targetUnit));
        m.put("tobj", blankToNull(f.targetObject));
        m.put("tp", blankToNull(f.targetPeriod));
        m.put("start", f.startDate);
        m.put("deadline", f.deadline);
        m.put("leader", f.leadLeaderId);
        m.put("unit", f.leadUnitId);
        m.put("person", blankToNull(f.responsiblePerson));
        m.put("contact", blankToNull(f.contact));
        m.put("status", status.name());
        m.put("tags", f.tags == null ? new String[0] : f.tags.stream().filter(t -> t != null && !t.isBlank())
                .map(String::trim).distinct().toArray(String[]::new));
        m.put("cycle", (f.reportCycle == null ? ReportCycle.MONTHLY : f.reportCycle).name());
        return m;
    }

    /** Moves the status if nobody changed the task since {@code version}. */
    void transition(long id, int version, TaskStatus to, boolean accepted) {
        int n = jdbc.sql("""
                update task set status = :status, version = version + 1, updated_at = luoshi_now(),
                  accepted_at = case when :accepted then luoshi_now() else accepted_at end
                where id = :id and version = :version""")
                .param("status", to.name()).param("accepted", accepted).param("id", id).param("version", version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
    }

    void recordProgress(long id, BigDecimal percent, LocalDate reportedOn) {
        jdbc.sql("""
                update task set progress_percent = :p, last_reported_on = :d
                where id = :id and (last_reported_on is null or last_reported_on <= :d)""")
                .param("p", percent == null ? null : percent.min(new BigDecimal("99999.99")))
                .param("d", reportedOn).param("id", id).update();
    }

    void delete(long id, int version) {
        int n = jdbc.sql("delete from task where id = :id and version = :version").param("id", id)
                .param("version", version).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
    }

    private void replaceCoUnits(long taskId, Collection<Long> unitIds) {
        jdbc.sql("delete from task_co_unit where task_id = ?").param(taskId).update();
        if (unitIds != null) {
            for (Long u : unitIds.stream().distinct().toList()) {
                jdbc.sql("insert into task_co_unit (task_id, unit_id) values (?, ?)").params(taskId, u).update();
            }
        }
    }

    /** Further targets (第二项起), in order; the first target is the task row's own. */
    private void replaceMoreTargets(long taskId, List<TaskForm.TargetLine> more) {
        jdbc.sql("delete from task_target where task_id = ?").param(taskId).update();
        for (int k = 0; more != null && k < more.size(); k++) {
            TaskForm.TargetLine l = more.get(k);
            jdbc.sql("insert into task_target (task_id, seq, value, unit, object, period) values (?, ?, ?, ?, ?, ?)")
                    .params(taskId, k + 2, l.value, blankToNull(l.unit), blankToNull(l.object), blankToNull(l.period))
                    .update();
        }
    }

    /**
     * What {@link #task} reads besides the task row: the co-units and the further targets (as JSON). Every query that
     * maps rows with {@link #task} selects {@code t.*, } followed by this.
     */
    static final String CO_UNITS = """
            coalesce((select array_agg(c.unit_id order by c.unit_id) from task_co_unit c where c.task_id = t.id),
                     '{}') as co_unit_ids,
            (select json_agg(json_build_object('value', x.value, 'unit', x.unit, 'object', x.object,
                                               'period', x.period) order by x.seq)
               from task_target x where x.task_id = t.id)::text as more_targets""";

    static Task task(ResultSet rs, int row) throws SQLException {
        BigDecimal tv = rs.getBigDecimal("target_value");
        Timestamp accepted = rs.getTimestamp("accepted_at");
        Target primary = Target.of(tv, rs.getString("target_unit"), rs.getString("target_object"),
                rs.getString("target_period"));
        List<Target> targets = new ArrayList<>();
        if (primary != null) {
            targets.add(primary);
            String more = moreTargets(rs);
            if (more != null) {
                targets.addAll(List.of(Json.read(more, Target[].class)));
            }
        }
        return new Task(rs.getLong("id"), rs.getLong("directive_id"), (Long) rs.getObject("parent_id"),
                TaskKind.valueOf(rs.getString("kind")), rs.getInt("seq"), rs.getString("title"),
                rs.getString("description"),
                primary, rs.getObject("start_date", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                (Long) rs.getObject("lead_leader_id"), (Long) rs.getObject("lead_unit_id"),
                longs(rs.getArray("co_unit_ids")), rs.getString("responsible_person"), rs.getString("contact"),
                TaskStatus.valueOf(rs.getString("status")), accepted == null ? null : accepted.toInstant(),
                rs.getBigDecimal("progress_percent"), rs.getObject("last_reported_on", LocalDate.class),
                (Integer) rs.getObject("source_start"), (Integer) rs.getObject("source_end"),
                strings(rs.getArray("tags")), rs.getInt("version"),
                ReportCycle.valueOf(rs.getString("report_cycle")), targets);
    }

    /** The further targets' JSON, or null when there are none — or when a query did not select them. */
    private static String moreTargets(ResultSet rs) throws SQLException {
        try {
            rs.findColumn("more_targets");
        } catch (SQLException noSuchColumn) {
            return null;
        }
        return rs.getString("more_targets");
    }

    static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Long> out = new ArrayList<>(values.length);
        for (Object o : values) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Named parameters for dynamically built queries. */
    static final class Params extends HashMap<String, Object> {
        Params with(String k, Object v) {
            put(k, v);
            return this;
        }

        Map<String, Object> map() {
            return this;
        }
    }
}
