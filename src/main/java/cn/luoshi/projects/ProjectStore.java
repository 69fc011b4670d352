package cn.luoshi.projects;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.KeptUntilChange;
import cn.luoshi.common.PageResult;
import cn.luoshi.org.CurrentUser;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the projects module: projects, reports, photos, nodes, lights, settings, bulletins. */
@Component
class ProjectStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ProjectStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    static final String PROJECT_SELECT = """
            select p.*, u.short_name as lead_unit, pe.name as leader
            from project p join unit u on u.id = p.lead_unit_id left join person pe on pe.id = p.leader_id""";

    // ---- settings -------------------------------------------------------------------------------------------------

    String preset() {
        return jdbc.sql("select preset from project_setting where id = 1").query(String.class).single();
    }

    void setPreset(String code, String by) {
        jdbc.sql("update project_setting set preset = ?, version = version + 1, updated_by = ?, updated_at = luoshi_now()")
                .params(code, by).update();
    }

    Optional<Long> directiveOfYear(int year) {
        return jdbc.sql("select directive_id from project_year where year = ?").param(year).query(Long.class).optional();
    }

    void rememberDirective(int year, long directiveId) {
        jdbc.sql("insert into project_year (year, directive_id) values (?, ?) on conflict do nothing")
                .params(year, directiveId).update();
    }

    // ---- projects -------------------------------------------------------------------------------------------------

    boolean any() {
        return jdbc.sql("select exists (select 1 from project)").query(Boolean.class).single();
    }

    long insert(int year, ProjectForm f, BigDecimal total, List<BigDecimal> monthly, String by) {
        return template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("""
                    insert into project (year, code, name, level, category, kind, lead_unit_id, leader_id, owner, place,
                      total_investment, annual_plan, monthly_plan, planned_start, planned_completion, started_on,
                      stats_on, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                ps.setInt(1, year);
                setFields(ps, 2, f, total, monthly);
                ps.setString(18, by);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * The 16 fields a project row takes from the form, in the column order of the insert and the update (code, name,
     * level, category, kind, lead unit, leader, owner, place, total, annual plan, monthly plan, planned start, planned
     * completion, started, statistics date), bound from parameter {@code first} on.
     */
    private static void setFields(java.sql.PreparedStatement ps, int first, ProjectForm f, BigDecimal total,
            List<BigDecimal> monthly) throws java.sql.SQLException {
        int i = first;
        ps.setString(i++, blank(f.code));
        ps.setString(i++, f.name.strip());
        ps.setString(i++, f.level.name());
        ps.setString(i++, f.category.strip());
        ps.setString(i++, f.kind.name());
        ps.setLong(i++, f.leadUnitId);
        ps.setObject(i++, f.leaderId);
        ps.setString(i++, blank(f.owner));
        ps.setString(i++, blank(f.place));
        ps.setBigDecimal(i++, total);
        ps.setBigDecimal(i++, f.annualPlan);
        ps.setArray(i++, ps.getConnection().createArrayOf("numeric", monthly.toArray()));
        ps.setObject(i++, date(f.plannedStart));
        ps.setObject(i++, date(f.plannedCompletion));
        ps.setObject(i++, date(f.startedOn));
        ps.setObject(i, date(f.statsOn));
    }

    /** Every field the form edits (not the year); 0 when the version is stale. */
    int update(long id, int version, ProjectForm f, BigDecimal total, List<BigDecimal> monthly) {
        return template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("""
                    update project set code = ?, name = ?, level = ?, category = ?, kind = ?, lead_unit_id = ?,
                      leader_id = ?, owner = ?, place = ?, total_investment = ?, annual_plan = ?, monthly_plan = ?,
                      planned_start = ?, planned_completion = ?, started_on = ?, stats_on = ?, version = version + 1,
                      updated_at = luoshi_now()
                    where id = ? and version = ?""")) {
                setFields(ps, 1, f, total, monthly);
                ps.setLong(17, id);
                ps.setInt(18, version);
                return ps.executeUpdate();
            }
        });
    }

    void deleteNodes(long projectId) {
        jdbc.sql("delete from project_node where project_id = ?").param(projectId).update();
    }

    /**
     * New deadlines for the open nodes of a project (a node done keeps its dates) and done dates where given, by seq,
     * in one batch.
     */
    void redateNodes(long projectId, List<Integer> seqs, List<LocalDate> due, List<LocalDate> done) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < seqs.size(); i++) {
            rows.add(new Object[] {date(due.get(i)), date(done.get(i)), projectId, seqs.get(i)});
        }
        template.batchUpdate("""
                update project_node set due_date = case when done_on is null then ? else due_date end,
                  done_on = coalesce(done_on, ?), version = version + 1
                where project_id = ? and seq = ?""", rows);
    }

    void setTask(long projectId, long taskId) {
        jdbc.sql("update project set task_id = ? where id = ?").params(taskId, projectId).update();
    }

    Optional<Project> find(long id) {
        return jdbc.sql(PROJECT_SELECT + " where p.id = ?").param(id).query(ProjectStore::project).optional();
    }

    List<Project> ofYear(int year) {
        return jdbc.sql(PROJECT_SELECT + " where p.year = ? order by p.id").param(year).query(ProjectStore::project)
                .list();
    }

    Map<String, Long> idsByName(int year) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql("select id, name from project where year = ?").param(year)
                .query((rs, i) -> m.put(rs.getString("name"), rs.getLong("id"))).list();
        return m;
    }

    /** Sets the start, 入库 or completion date (from a node marked done); 409 on a stale version. */
    void setDates(long id, LocalDate started, LocalDate stats, LocalDate completed) {
        jdbc.sql("""
                update project set started_on = coalesce(?, started_on), stats_on = coalesce(?, stats_on),
                  completed_on = coalesce(?, completed_on), version = version + 1, updated_at = luoshi_now()
                where id = ?""").params(date(started), date(stats), date(completed), id).update();
    }

    /**
     * The list's statement and its named parameters (also for the benchmark's side-by-side SQL run), and the same
     * filters counted without the rows' joins.
     */
    record ListQuery(String sql, Map<String, Object> params, String countSql) {
    }

    /**
     * Results kept until a transaction that wrote what the list reads commits: the project, its 月报 and its lights
     * carry the triggers that fill {@code project_change} (migration V4_101).
     */
    <K, V> KeptUntilChange<K, V> keptUntilChange(boolean enabled) {
        return new KeptUntilChange<>(jdbc, "project_change", enabled);
    }

    /** The list, scoped and filtered in SQL, with the light of {@code month}; every row. */
    List<ProjectRow> list(ProjectQuery q, YearMonth month, CurrentUser me, boolean all) {
        return list(listQuery(q, month, me, all), 0, 0);
    }

    /** One page of the list ({@code size} rows from {@code page}, 0-based) and the count of all its rows. */
    PageResult<ProjectRow> page(ProjectQuery q, YearMonth month, CurrentUser me, boolean all, int page, int size) {
        ListQuery lq = listQuery(q, month, me, all);
        List<ProjectRow> rows = list(lq, size, page * size);
        // a short first page is the whole list: no count needed
        long total = page == 0 && rows.size() < size ? rows.size()
                : jdbc.sql(lq.countSql()).params(lq.params()).query(Long.class).single();
        return new PageResult<>(rows, page, size, total);
    }

    private List<ProjectRow> list(ListQuery lq, int limit, int offset) {
        String sql = lq.sql();
        Map<String, Object> params = lq.params();
        if (limit > 0) {
            sql += " limit :limit offset :offset";
            params = new LinkedHashMap<>(params);
            params.put("limit", limit);
            params.put("offset", offset);
        }
        return jdbc.sql(sql).params(params).query((rs, i) -> new ProjectRow(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), ProjectLevel.valueOf(rs.getString("level")),
                rs.getString("category"), ProjectKind.valueOf(rs.getString("kind")), rs.getLong("lead_unit_id"),
                rs.getString("lead_unit"), rs.getString("leader"), rs.getBigDecimal("total_investment"),
                rs.getBigDecimal("annual_plan"), rs.getBigDecimal("cumulative"), rs.getBigDecimal("completion_share"),
                rs.getBigDecimal("schedule_share"), localDate(rs, "planned_start"), localDate(rs, "started_on"),
                localDate(rs, "stats_on"), rs.getString("light"), rs.getString("reason"), rs.getString("escalation"),
                (Long) rs.getObject("task_id", Long.class))).list();
    }

    ListQuery listQuery(ProjectQuery q, YearMonth month, CurrentUser me, boolean all) {
        StringBuilder where = new StringBuilder(" where p.year = :year");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("month", Date.valueOf(month.atDay(1)));
        params.put("year", q.year == null ? month.getYear() : q.year);
        if (!all) {
            where.append(" and p.lead_unit_id = :me");
            params.put("me", me.unitId());
        }
        if (q.unit != null) {
            where.append(" and p.lead_unit_id = :unit");
            params.put("unit", q.unit);
        }
        if (q.level != null) {
            where.append(" and p.level = :level");
            params.put("level", q.level.name());
        }
        if (q.kind != null) {
            where.append(" and p.kind = :kind");
            params.put("kind", q.kind.name());
        }
        if (q.light != null && !q.light.isBlank()) {
            where.append(" and l.light = :light");
            params.put("light", q.light);
        }
        if (q.q != null && !q.q.isBlank()) {
            where.append(" and (p.name like :q or p.code like :q or p.owner like :q)");
            params.put("q", "%" + q.q.strip() + "%");
        }
        String rows = """
                select p.id, p.code, p.name, p.level, p.category, p.kind, p.lead_unit_id, u.short_name as lead_unit,
                  pe.name as leader, p.total_investment, p.annual_plan, p.planned_start, p.started_on, p.stats_on,
                  p.task_id, r.cumulative, l.light, l.reason, l.escalation, l.schedule_share, l.completion_share
                from project p join unit u on u.id = p.lead_unit_id left join person pe on pe.id = p.leader_id
                left join lateral (select cumulative from project_report r where r.project_id = p.id
                  and r.month <= :month order by r.month desc limit 1) r on true
                left join project_light l on l.project_id = p.id and l.month = :month""" + where
                + " order by case l.light when 'RED' then 0 when 'YELLOW' then 1 else 2 end, p.level, p.id";
        String count = "select count(*) from project p"
                + " left join project_light l on l.project_id = p.id and l.month = :month" + where;
        return new ListQuery(rows, params, count);
    }

    // ---- reports --------------------------------------------------------------------------------------------------

    List<MonthlyReport> reports(long projectId) {
        Map<Long, List<MonthlyReport.Photo>> photos = new HashMap<>();
        jdbc.sql("""
                select ph.id, ph.report_id, ph.file_name from project_photo ph join project_report r on r.id = ph.report_id
                where r.project_id = ? order by ph.id""").param(projectId)
                .query((rs, i) -> photos.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                        .add(new MonthlyReport.Photo(rs.getLong("id"), rs.getString("file_name")))).list();
        return jdbc.sql("select * from project_report where project_id = ? order by month desc").param(projectId)
                .query((rs, i) -> new MonthlyReport(rs.getLong("id"), rs.getLong("project_id"),
                        localDate(rs, "month"), rs.getBigDecimal("month_investment"), rs.getBigDecimal("cumulative"),
                        rs.getString("progress"), rs.getString("problems"), rs.getString("reported_by"),
                        rs.getTimestamp("reported_at").toInstant(),
                        photos.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    /** The cumulative reported for the latest month before {@code month} in the same year; zero if none. */
    BigDecimal cumulativeBefore(long projectId, YearMonth month) {
        return jdbc.sql("""
                select cumulative from project_report where project_id = ? and month < ? and month >= ?
                order by month desc limit 1""")
                .params(projectId, Date.valueOf(month.atDay(1)), Date.valueOf(month.withMonth(1).atDay(1)))
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    Optional<BigDecimal> cumulativeAfter(long projectId, YearMonth month) {
        return jdbc.sql("""
                select cumulative from project_report where project_id = ? and month > ? order by month limit 1""")
                .params(projectId, Date.valueOf(month.atDay(1))).query(BigDecimal.class).optional();
    }

    Optional<MonthlyReport> reportOf(long projectId, YearMonth month) {
        return reports(projectId).stream().filter(r -> r.month().equals(month.atDay(1))).findFirst();
    }

    long upsertReport(long projectId, YearMonth month, BigDecimal monthInv, BigDecimal cumulative, String progress,
            String problems, String by) {
        return jdbc.sql("""
                insert into project_report (project_id, month, month_investment, cumulative, progress, problems,
                  reported_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (project_id, month) do update set month_investment = excluded.month_investment,
                  cumulative = excluded.cumulative, progress = excluded.progress, problems = excluded.problems,
                  reported_by = excluded.reported_by, reported_at = luoshi_now(), version = project_report.version + 1
                returning id""")
                .params(projectId, Date.valueOf(month.atDay(1)), monthInv, cumulative, progress, problems, by)
                .query(Long.class).single();
    }

    /** Many months of many projects in one batch (the monthly investment import and the demo). */
    void upsertReports(List<Object[]> rows) {
        template.batchUpdate("""
                insert into project_report (project_id, month, month_investment, cumulative, progress, problems,
                  reported_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (project_id, month) do update set month_investment = excluded.month_investment,
                  cumulative = excluded.cumulative, progress = coalesce(excluded.progress, project_report.progress),
                  problems = coalesce(excluded.problems, project_report.problems),
                  reported_by = excluded.reported_by, reported_at = luoshi_now(), version = project_report.version + 1""",
                rows);
    }

    /** Cumulative per month (1–12) per project of a year. */
    Map<Long, BigDecimal[]> cumulativesOfYear(int year) {
        Map<Long, BigDecimal[]> m = new HashMap<>();
        jdbc.sql("""
                select r.project_id, extract(month from r.month)::int as m, r.cumulative
                from project_report r join project p on p.id = r.project_id
                where p.year = ? and r.month >= ? and r.month < ?""")
                .params(year, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, i) -> m.computeIfAbsent(rs.getLong(1), k -> new BigDecimal[12])[rs.getInt(2) - 1] =
                        rs.getBigDecimal(3)).list();
        return m;
    }

    /**
     * The lights pass's view of the reports: per project of the year with any report in it, the cumulative of its
     * latest report through {@code month} (zero when its reports all come later) — one row per project instead of
     * one per month.
     */
    Map<Long, BigDecimal> cumulativeThrough(int year, YearMonth month) {
        Map<Long, BigDecimal> m = new HashMap<>();
        // per project two probes of the (project_id, month) key, newest first: the latest report through the month,
        // else whether it reported later in the year (then 0) — not the year's reports aggregated (11 a project)
        jdbc.sql("""
                select p.id, c.cumulative from project p
                cross join lateral (select coalesce(
                  (select r.cumulative from project_report r where r.project_id = p.id
                     and r.month >= :jan and r.month <= :month order by r.month desc limit 1),
                  (select 0 from project_report r where r.project_id = p.id
                     and r.month > :month and r.month < :next limit 1)) as cumulative) c
                where p.year = :year and c.cumulative is not null""")
                .param("month", Date.valueOf(month.atDay(1))).param("year", year)
                .param("jan", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("next", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, i) -> m.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        return m;
    }

    void insertPhoto(long reportId, String name, String type, byte[] content, String by) {
        jdbc.sql("""
                insert into project_photo (report_id, file_name, content_type, size, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?)""").params(reportId, name, type, content.length, content, by).update();
    }

    record PhotoContent(long projectId, String fileName, String contentType, byte[] content) {
    }

    Optional<PhotoContent> photo(long photoId) {
        return jdbc.sql("""
                select r.project_id, ph.file_name, ph.content_type, ph.content from project_photo ph
                join project_report r on r.id = ph.report_id where ph.id = ?""").param(photoId)
                .query((rs, i) -> new PhotoContent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    // ---- nodes ----------------------------------------------------------------------------------------------------

    record Template(int seq, String name, int workingDays, boolean approval, boolean anchor) {
    }

    List<Template> template(ProjectKind kind) {
        return jdbc.sql("select * from project_node_template where kind = ? order by seq").param(kind.name())
                .query((rs, i) -> new Template(rs.getInt("seq"), rs.getString("name"), rs.getInt("working_days"),
                        rs.getBoolean("approval"), rs.getBoolean("anchor"))).list();
    }

    void insertNodes(long projectId, List<Template> t, List<LocalDate> due, List<LocalDate> done) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            rows.add(new Object[] {projectId, t.get(i).seq(), t.get(i).name(), t.get(i).workingDays(),
                    t.get(i).approval(), date(due.get(i)), date(done.get(i))});
        }
        template.batchUpdate("""
                insert into project_node (project_id, seq, name, working_days, approval, due_date, done_on)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    List<ProjectNode> nodes(long projectId) {
        return jdbc.sql("select * from project_node where project_id = ? order by seq").param(projectId)
                .query(ProjectStore::node).list();
    }

    /** Open nodes of all projects of a year, by project. */
    Map<Long, List<ProjectNode>> openNodes(int year) {
        Map<Long, List<ProjectNode>> m = new HashMap<>();
        jdbc.sql("""
                select n.* from project_node n join project p on p.id = n.project_id
                where p.year = ? and n.done_on is null order by n.project_id, n.seq""").param(year)
                .query(ProjectStore::node).list().forEach(n -> m.computeIfAbsent(n.projectId(),
                        k -> new ArrayList<>()).add(n));
        return m;
    }

    /** All nodes of all projects of a year, by project. */
    Map<Long, List<ProjectNode>> allNodes(int year) {
        Map<Long, List<ProjectNode>> m = new HashMap<>();
        jdbc.sql("""
                select n.* from project_node n join project p on p.id = n.project_id
                where p.year = ? order by n.project_id, n.seq""").param(year)
                .query(ProjectStore::node).list().forEach(n -> m.computeIfAbsent(n.projectId(),
                        k -> new ArrayList<>()).add(n));
        return m;
    }

    /** Nodes of all projects of a year done after {@code asOf} count as open then. */
    Map<Long, List<ProjectNode>> openNodesAsOf(int year, LocalDate asOf) {
        Map<Long, List<ProjectNode>> m = new HashMap<>();
        // tens of thousands of rows at city scale: grouped here and each project's few nodes sorted by seq in Java,
        // rather than PostgreSQL sorting all of them by project and seq
        jdbc.sql("""
                select n.* from project_node n join project p on p.id = n.project_id
                where p.year = ? and (n.done_on is null or n.done_on > ?)""")
                .params(year, Date.valueOf(asOf))
                .query(ProjectStore::node).list().forEach(n -> m.computeIfAbsent(n.projectId(),
                        k -> new ArrayList<>()).add(n));
        m.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(ProjectNode::seq)));
        return m;
    }

    void updateNode(long nodeId, int version, LocalDate due, LocalDate done) {
        int n = jdbc.sql("""
                update project_node set due_date = ?, done_on = ?, version = version + 1 where id = ? and version = ?""")
                .params(date(due), date(done), nodeId, version).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
    }

    // ---- lights ---------------------------------------------------------------------------------------------------

    void upsertLights(List<Object[]> rows) {
        template.batchUpdate("""
                insert into project_light (project_id, month, light, start_light, investment_light, node_light,
                  stats_light, reason, schedule_share, completion_share, escalation, escalation_reason, preset)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (project_id, month) do update set light = excluded.light,
                  start_light = excluded.start_light, investment_light = excluded.investment_light,
                  node_light = excluded.node_light, stats_light = excluded.stats_light, reason = excluded.reason,
                  schedule_share = excluded.schedule_share, completion_share = excluded.completion_share,
                  escalation = excluded.escalation, escalation_reason = excluded.escalation_reason,
                  preset = excluded.preset, computed_at = luoshi_now()
                where (project_light.light, project_light.reason, project_light.escalation, project_light.preset,
                  project_light.schedule_share, project_light.completion_share)
                  is distinct from (excluded.light, excluded.reason, excluded.escalation, excluded.preset,
                  excluded.schedule_share, excluded.completion_share)""", rows);
    }

    /** Lights of the months before {@code month} in its year, oldest first, by project. */
    Map<Long, List<String>> lightsBefore(int year, YearMonth month) {
        Map<Long, List<String>> m = new HashMap<>();
        jdbc.sql("""
                select l.project_id, string_agg(l.light, ',' order by l.month) from project_light l
                join project p on p.id = l.project_id
                where p.year = ? and l.month >= ? and l.month < ? group by l.project_id""")
                .params(year, Date.valueOf(month.withMonth(1).atDay(1)), Date.valueOf(month.atDay(1)))
                .query((rs, i) -> m.put(rs.getLong(1), new ArrayList<>(Arrays.asList(rs.getString(2).split(",")))))
                .list();
        return m;
    }

    List<MonthLight> lights(long projectId) {
        return jdbc.sql("select * from project_light where project_id = ? order by month").param(projectId)
                .query(ProjectStore::light).list();
    }

    Map<Long, MonthLight> lightsOf(int year, YearMonth month) {
        Map<Long, MonthLight> m = new HashMap<>();
        jdbc.sql("""
                select l.* from project_light l join project p on p.id = l.project_id where p.year = ? and l.month = ?""")
                .params(year, Date.valueOf(month.atDay(1))).query(ProjectStore::light).list()
                .forEach(l -> m.put(l.projectId(), l));
        return m;
    }

    Optional<YearMonth> latestLitMonth(int year) {
        return jdbc.sql("""
                select max(l.month) from project_light l join project p on p.id = l.project_id where p.year = ?""")
                .param(year).query((rs, i) -> rs.getDate(1)).optional().filter(java.util.Objects::nonNull)
                .map(d -> YearMonth.from(d.toLocalDate()));
    }

    // ---- bulletins ------------------------------------------------------------------------------------------------

    int nextBulletinNumber(int year) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from project_bulletin where year = ?").param(year)
                .query(Integer.class).single();
    }

    long insertBulletin(int year, int number, YearMonth month, String title, String json, String by) {
        return jdbc.sql("""
                insert into project_bulletin (year, number, month, title, content, created_by)
                values (?, ?, ?, ?, ?::jsonb, ?) returning id""")
                .params(year, number, Date.valueOf(month.atDay(1)), title, json, by).query(Long.class).single();
    }

    void updateBulletinContent(long id, String json) {
        jdbc.sql("update project_bulletin set content = ?::jsonb where id = ?").params(json, id).update();
    }

    /** The problems of each project's latest report through {@code month} of its year (null when none). */
    Map<Long, String> latestProblems(int year, YearMonth month) {
        Map<Long, String> m = new HashMap<>();
        jdbc.sql("""
                select distinct on (r.project_id) r.project_id, r.problems from project_report r
                join project p on p.id = r.project_id
                where p.year = ? and r.month <= ? order by r.project_id, r.month desc""")
                .params(year, Date.valueOf(month.atDay(1)))
                .query((rs, i) -> rs.getString(2) == null ? null : m.put(rs.getLong(1), rs.getString(2))).list();
        return m;
    }

    record StoredBulletin(long id, int year, int number, LocalDate month, String title, String content,
            String createdBy, java.time.Instant createdAt) {
    }

    List<StoredBulletin> bulletins() {
        return jdbc.sql("select * from project_bulletin order by year desc, number desc").query(ProjectStore::bulletin)
                .list();
    }

    Optional<StoredBulletin> bulletin(long id) {
        return jdbc.sql("select * from project_bulletin where id = ?").param(id).query(ProjectStore::bulletin)
                .optional();
    }

    private static StoredBulletin bulletin(ResultSet rs, int i) throws SQLException {
        return new StoredBulletin(rs.getLong("id"), rs.getInt("year"), rs.getInt("number"), localDate(rs, "month"),
                rs.getString("title"), rs.getString("content"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    // ---- mapping --------------------------------------------------------------------------------------------------

    static Project project(ResultSet rs, int i) throws SQLException {
        Array a = rs.getArray("monthly_plan");
        List<BigDecimal> monthly = Arrays.stream((Object[]) a.getArray()).map(o -> (BigDecimal) o).toList();
        return new Project(rs.getLong("id"), rs.getInt("year"), rs.getString("code"), rs.getString("name"),
                ProjectLevel.valueOf(rs.getString("level")), rs.getString("category"),
                ProjectKind.valueOf(rs.getString("kind")), rs.getLong("lead_unit_id"), rs.getString("lead_unit"),
                (Long) rs.getObject("leader_id", Long.class), rs.getString("leader"), rs.getString("owner"),
                rs.getString("place"), rs.getBigDecimal("total_investment"), rs.getBigDecimal("annual_plan"),
                monthly, localDate(rs, "planned_start"), localDate(rs, "planned_completion"),
                localDate(rs, "started_on"), localDate(rs, "completed_on"), localDate(rs, "stats_on"),
                (Long) rs.getObject("task_id", Long.class), rs.getInt("version"));
    }

    static ProjectNode node(ResultSet rs, int i) throws SQLException {
        return new ProjectNode(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("seq"), rs.getString("name"),
                rs.getInt("working_days"), rs.getBoolean("approval"), localDate(rs, "due_date"),
                localDate(rs, "done_on"), rs.getInt("version"));
    }

    static MonthLight light(ResultSet rs, int i) throws SQLException {
        return new MonthLight(rs.getLong("project_id"), localDate(rs, "month"), rs.getString("light"),
                rs.getString("start_light"), rs.getString("investment_light"), rs.getString("node_light"),
                rs.getString("stats_light"), rs.getString("reason"), rs.getBigDecimal("schedule_share"),
                rs.getBigDecimal("completion_share"), rs.getString("escalation"), rs.getString("escalation_reason"),
                rs.getString("preset"));
    }

    /** The driver's own LocalDate (no java.sql.Date and Calendar per cell: a seventh of the list's CPU). */
    static LocalDate localDate(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
