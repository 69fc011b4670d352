package cn.luoshi.assessment;

import cn.luoshi.assessment.SchemeDefinition.GroupDef;
import cn.luoshi.assessment.SchemeDefinition.IndicatorDef;
import cn.luoshi.common.Json;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for schemes, manual entries, runs and appeals. */
@Repository
class AssessmentStore {

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- schemes ---------------------------------------------------------------------------------------------------

    List<SchemeSummary> schemes() {
        return jdbc.sql("select * from asm_scheme order by year desc, version desc").query((rs, n) -> summary(rs)).list();
    }

    Optional<SchemeSummary> scheme(long id) {
        return jdbc.sql("select * from asm_scheme where id = :id").param("id", id).query((rs, n) -> summary(rs)).optional();
    }

    Optional<SchemeSummary> schemeForUpdate(long id) {
        return jdbc.sql("select * from asm_scheme where id = :id for update").param("id", id)
                .query((rs, n) -> summary(rs)).optional();
    }

    private static SchemeSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp pub = rs.getTimestamp("published_at");
        return new SchemeSummary(rs.getLong("id"), rs.getInt("year"), rs.getInt("version"), rs.getString("title"),
                rs.getString("status"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), rs.getInt("row_version"), rs.getString("created_by"),
                rs.getString("published_by"), pub == null ? null : pub.toInstant());
    }

    int nextVersion(int year) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from asm_scheme where year = :y").param("y", year)
                .query(Integer.class).single();
    }

    long insertScheme(SchemeDefinition d, int version, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into asm_scheme (year, version, title, basis, status, effective_from, effective_to, excellent_from,
                  good_from, pass_from, excellent_share, bonus_cap, deduction_cap, no_data, appeal_days, created_by)
                values (:year, :version, :title, :basis, 'DRAFT', :from, :to, :ex, :good, :pass, :share, :bcap, :dcap,
                  :noData, :days, :by)
                """).param("year", d.year()).param("version", version).param("title", d.title())
                .param("basis", d.basis()).param("from", d.effectiveFrom()).param("to", d.effectiveTo())
                .param("ex", d.excellentFrom()).param("good", d.goodFrom()).param("pass", d.passFrom())
                .param("share", d.excellentShare()).param("bcap", d.bonusCap()).param("dcap", d.deductionCap())
                .param("noData", d.noData().name()).param("days", d.appealDays()).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Replaces a draft's header fields (same year) and its groups, units and indicators. */
    void replaceDraft(long id, SchemeDefinition d, Map<String, Long> unitIds) {
        jdbc.sql("""
                update asm_scheme set title = :title, basis = :basis, effective_from = :from, effective_to = :to,
                  excellent_from = :ex, good_from = :good, pass_from = :pass, excellent_share = :share,
                  bonus_cap = :bcap, deduction_cap = :dcap, no_data = :noData, appeal_days = :days,
                  row_version = row_version + 1
                where id = :id and status = 'DRAFT'
                """).param("id", id).param("title", d.title())
                .param("basis", d.basis()).param("from", d.effectiveFrom()).param("to", d.effectiveTo())
                .param("ex", d.excellentFrom()).param("good", d.goodFrom()).param("pass", d.passFrom())
                .param("share", d.excellentShare()).param("bcap", d.bonusCap()).param("dcap", d.deductionCap())
                .param("noData", d.noData().name()).param("days", d.appealDays()).update();
        jdbc.sql("delete from asm_group where scheme_id = :id").param("id", id).update();
        int gs = 0;
        for (GroupDef g : d.groups()) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into asm_group (scheme_id, seq, name, total) values (:s, :seq, :name, :total)")
                    .param("s", id).param("seq", gs++).param("name", g.name()).param("total", g.total())
                    .update(keys, "id");
            long gid = keys.getKey().longValue();
            int us = 0;
            for (String u : g.units()) {
                jdbc.sql("insert into asm_group_unit (group_id, unit_id, seq) values (:g, :u, :seq)").param("g", gid)
                        .param("u", unitIds.get(u)).param("seq", us++).update();
            }
            int is = 0;
            for (IndicatorDef i : g.indicators()) {
                jdbc.sql("""
                        insert into asm_indicator (group_id, seq, code, category, name, weight, method, params, source,
                          source_params)
                        values (:g, :seq, :code, :cat, :name, :w, :m, cast(:p as jsonb), :src, cast(:sp as jsonb))
                        """).param("g", gid).param("seq", is++).param("code", i.code()).param("cat", i.category())
                        .param("name", i.name()).param("w", i.weight()).param("m", i.method().name())
                        .param("p", Json.write(i.params())).param("src", i.source().name())
                        .param("sp", Json.write(i.sourceParams())).update();
            }
        }
    }

    void publishScheme(long id, String by, Instant at) {
        jdbc.sql("""
                update asm_scheme set status = 'PUBLISHED', published_by = :by, published_at = :at,
                  row_version = row_version + 1 where id = :id
                """).param("id", id).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** The definition as data, units by name; and the unit ids by name. */
    @SuppressWarnings("unchecked")
    Loaded definition(long id) {
        var head = jdbc.sql("select * from asm_scheme where id = :id").param("id", id).query((rs, n) -> new Object[] {
                rs.getString("title"), rs.getInt("year"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), rs.getString("basis"), rs.getBigDecimal("excellent_from"),
                rs.getBigDecimal("good_from"), rs.getBigDecimal("pass_from"), rs.getBigDecimal("excellent_share"),
                rs.getBigDecimal("bonus_cap"), rs.getBigDecimal("deduction_cap"), rs.getString("no_data"),
                rs.getInt("appeal_days")}).single();
        Map<Long, String> groupNames = new LinkedHashMap<>();
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        jdbc.sql("select id, name, total from asm_group where scheme_id = :id order by seq").param("id", id)
                .query(rs -> {
                    groupNames.put(rs.getLong("id"), rs.getString("name"));
                    totals.put(rs.getLong("id"), rs.getBigDecimal("total"));
                });
        Map<Long, List<String>> units = new LinkedHashMap<>();
        Map<String, Long> unitIds = new LinkedHashMap<>();
        jdbc.sql("""
                select gu.group_id, u.id, u.short_name from asm_group_unit gu join asm_group g on g.id = gu.group_id
                join unit u on u.id = gu.unit_id where g.scheme_id = :id order by g.seq, gu.seq
                """).param("id", id).query(rs -> {
            units.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>()).add(rs.getString("short_name"));
            unitIds.put(rs.getString("short_name"), rs.getLong("id"));
        });
        Map<Long, List<IndicatorDef>> inds = new LinkedHashMap<>();
        jdbc.sql("""
                select i.* from asm_indicator i join asm_group g on g.id = i.group_id where g.scheme_id = :id
                order by g.seq, i.seq
                """).param("id", id).query(rs -> {
            inds.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>()).add(new IndicatorDef(
                    rs.getString("code"), rs.getString("category"), rs.getString("name"), rs.getBigDecimal("weight"),
                    Method.valueOf(rs.getString("method")), Json.read(rs.getString("params"), Map.class),
                    SourceKey.valueOf(rs.getString("source")), Json.read(rs.getString("source_params"), Map.class)));
        });
        List<GroupDef> groups = new ArrayList<>();
        groupNames.forEach((gid, name) -> groups.add(new GroupDef(name, totals.get(gid),
                units.getOrDefault(gid, List.of()), inds.getOrDefault(gid, List.of()))));
        SchemeDefinition d = new SchemeDefinition((String) head[0], (Integer) head[1], (LocalDate) head[2],
                (LocalDate) head[3], (String) head[4], (BigDecimal) head[5], (BigDecimal) head[6], (BigDecimal) head[7],
                (BigDecimal) head[8], (BigDecimal) head[9], (BigDecimal) head[10],
                SchemeDefinition.NoData.valueOf((String) head[11]), (Integer) head[12], groups);
        return new Loaded(d, unitIds);
    }

    record Loaded(SchemeDefinition definition, Map<String, Long> unitIds) {
    }

    // ---- manual entries --------------------------------------------------------------------------------------------

    void saveManual(int year, String code, long unitId, BigDecimal value, String note, String fileName,
            String contentType, byte[] content, String by) {
        jdbc.sql("""
                insert into asm_manual_entry (year, code, unit_id, value, note, file_name, content_type, content, entered_by)
                values (:y, :c, :u, :v, :note, :fn, :ct, :content, :by)
                on conflict (year, code, unit_id) do update set value = excluded.value, note = excluded.note,
                  file_name = coalesce(excluded.file_name, asm_manual_entry.file_name),
                  content_type = coalesce(excluded.content_type, asm_manual_entry.content_type),
                  content = coalesce(excluded.content, asm_manual_entry.content),
                  entered_by = excluded.entered_by, entered_at = luoshi_now()
                """).param("y", year).param("c", code).param("u", unitId).param("v", value).param("note", note)
                .param("fn", fileName).param("ct", contentType).param("content", content).param("by", by).update();
    }

    record Manual(long id, long unitId, BigDecimal value, String note, String fileName, String enteredBy,
            LocalDate enteredOn) {
    }

    List<Manual> manual(int year, String code) {
        return jdbc.sql("""
                select id, unit_id, value, note, file_name, entered_by, (entered_at at time zone 'Asia/Shanghai')::date as d
                from asm_manual_entry where year = :y and code = :c
                """).param("y", year).param("c", code).query((rs, n) -> new Manual(rs.getLong("id"),
                rs.getLong("unit_id"), rs.getBigDecimal("value"), rs.getString("note"), rs.getString("file_name"),
                rs.getString("entered_by"), rs.getObject("d", LocalDate.class))).list();
    }

    Optional<Object[]> evidence(long id) {
        return jdbc.sql("select file_name, content_type, content, unit_id from asm_manual_entry where id = :id and content is not null")
                .param("id", id).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3),
                        rs.getLong(4)}).optional();
    }

    // ---- runs ------------------------------------------------------------------------------------------------------

    long insertRun(long schemeId, String kind, Integer quarter, LocalDate from, LocalDate to, String status,
            int resultVersion, Long parentId, String adjustments, String changes, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into asm_run (scheme_id, kind, quarter, period_from, period_to, status, result_version, parent_id,
                  adjustments, changes, computed_by)
                values (:s, :k, :q, :f, :t, :st, :rv, :p, cast(:adj as jsonb), cast(:ch as jsonb), :by)
                """).param("s", schemeId).param("k", kind).param("q", quarter).param("f", from).param("t", to)
                .param("st", status).param("rv", resultVersion).param("p", parentId).param("adj", adjustments)
                .param("ch", changes).param("by", by).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertUnits(long runId, List<Scorer.UnitScore> scores, Map<String, Integer> groupSeq) {
        List<Object[]> batch = new ArrayList<>();
        for (Scorer.UnitScore s : scores) {
            batch.add(new Object[] {runId, s.unitId(), s.unitName(), s.group(), groupSeq.get(s.group()), s.subtotal(),
                    s.bonus(), s.deduction(), s.total(), s.rank(), s.grade().name(), s.gradeRule(), s.vetoed(),
                    Json.write(s.lines().stream().map(AssessmentStore::withoutFacts).toList()), Json.write(facts(s))});
        }
        jdbcTemplateBatch(batch);
    }

    static Scorer.Line withoutFacts(Scorer.Line l) {
        return new Scorer.Line(l.code(), l.category(), l.name(), l.method(), l.kind(), l.weight(), l.source(), l.value(),
                l.good(), l.total(), l.valueText(), l.points(), l.lost(), l.how(), l.noData(), null);
    }

    static Map<String, List<cn.luoshi.common.UnitFact>> facts(Scorer.UnitScore s) {
        Map<String, List<cn.luoshi.common.UnitFact>> m = new LinkedHashMap<>();
        s.lines().forEach(l -> {
            if (l.facts() != null && !l.facts().isEmpty()) {
                m.put(l.code(), l.facts());
            }
        });
        return m;
    }

    private void jdbcTemplateBatch(List<Object[]> batch) {
        // JdbcClient has no batch: one multi-row insert per 200 rows
        for (int i = 0; i < batch.size(); i += 200) {
            List<Object[]> part = batch.subList(i, Math.min(batch.size(), i + 200));
            StringBuilder sql = new StringBuilder("""
                    insert into asm_run_unit (run_id, unit_id, unit_name, group_name, group_seq, subtotal, bonus,
                      deduction, total, rank, grade, grade_rule, vetoed, lines, facts) values
                    """);
            List<Object> params = new ArrayList<>();
            for (int r = 0; r < part.size(); r++) {
                sql.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,cast(? as jsonb),cast(? as jsonb))");
                params.addAll(List.of(part.get(r)));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    private static Run run(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp pub = rs.getTimestamp("published_at");
        return new Run(rs.getLong("id"), rs.getLong("scheme_id"), rs.getString("kind"),
                (Integer) rs.getObject("quarter"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("status"), rs.getInt("result_version"),
                (Long) rs.getObject("parent_id"), rs.getString("number"), rs.getString("computed_by"),
                rs.getTimestamp("computed_at").toInstant(), rs.getString("published_by"),
                pub == null ? null : pub.toInstant(), rs.getObject("appeal_until", LocalDate.class),
                rs.getString("adjustments"), rs.getString("changes"), rs.getInt("row_version"));
    }

    List<Run> runs(long schemeId) {
        return jdbc.sql("select * from asm_run where scheme_id = :s order by id desc").param("s", schemeId)
                .query((rs, n) -> run(rs)).list();
    }

    Optional<Run> run(long id) {
        return jdbc.sql("select * from asm_run where id = :id").param("id", id).query((rs, n) -> run(rs)).optional();
    }

    Optional<Run> runForUpdate(long id) {
        return jdbc.sql("select * from asm_run where id = :id for update").param("id", id).query((rs, n) -> run(rs))
                .optional();
    }

    int nextIssue(int year) {
        return jdbc.sql("""
                insert into asm_issue_counter (year, last_seq) values (:y, 1)
                on conflict (year) do update set last_seq = asm_issue_counter.last_seq + 1 returning last_seq
                """).param("y", year).query(Integer.class).single();
    }

    void markPublished(long runId, int year, int seq, String number, String by, Instant at, LocalDate appealUntil) {
        jdbc.sql("""
                update asm_run set status = 'PUBLISHED', issue_year = :y, issue_seq = :seq, number = :num,
                  published_by = :by, published_at = :at, appeal_until = :until, row_version = row_version + 1
                where id = :id
                """).param("id", runId).param("y", year).param("seq", seq).param("num", number).param("by", by)
                .param("at", Timestamp.from(at)).param("until", appealUntil).update();
    }

    void copyPublication(long fromRun, long toRun, String by, Instant at) {
        jdbc.sql("""
                update asm_run n set status = 'PUBLISHED', issue_year = o.issue_year, issue_seq = o.issue_seq,
                  number = o.number, published_by = :by, published_at = :at, appeal_until = o.appeal_until
                from asm_run o where o.id = :from and n.id = :to
                """).param("from", fromRun).param("to", toRun).param("by", by).param("at", Timestamp.from(at)).update();
        jdbc.sql("update asm_run set status = 'SUPERSEDED', row_version = row_version + 1 where id = :id")
                .param("id", fromRun).update();
    }

    private static UnitResult unitRow(java.sql.ResultSet rs, boolean withLines) throws java.sql.SQLException {
        return unitRow(rs, withLines, withLines);
    }

    private static UnitResult unitRow(java.sql.ResultSet rs, boolean withLines, boolean withFacts)
            throws java.sql.SQLException {
        return new UnitResult(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("group_name"),
                rs.getInt("group_seq"), rs.getBigDecimal("subtotal"), rs.getBigDecimal("bonus"),
                rs.getBigDecimal("deduction"), rs.getBigDecimal("total"), rs.getInt("rank"),
                Grade.valueOf(rs.getString("grade")), rs.getString("grade_rule"), rs.getBoolean("vetoed"),
                withLines ? rs.getString("lines") : null, withFacts ? rs.getString("facts") : null);
    }

    List<UnitResult> units(long runId, boolean withLines) {
        return units(runId, withLines, false);
    }

    List<UnitResult> units(long runId, boolean withLines, boolean withFacts) {
        return jdbc.sql("select run_id, unit_id, unit_name, group_name, group_seq, subtotal, bonus, deduction, total, "
                + "rank, grade, grade_rule, vetoed, lines" + (withFacts ? ", facts" : "")
                + " from asm_run_unit where run_id = :r order by group_seq, rank, unit_name")
                .param("r", runId).query((rs, n) -> unitRow(rs, withLines, withFacts)).list();
    }

    /** A group's results with their lines but without the facts (for re-scoring: what-if). */
    List<UnitResult> groupUnits(long runId, String group) {
        return jdbc.sql("""
                select run_id, unit_id, unit_name, group_name, group_seq, subtotal, bonus, deduction, total, rank, grade,
                  grade_rule, vetoed, lines
                from asm_run_unit where run_id = :r and group_name = :g order by rank, unit_name
                """).param("r", runId).param("g", group).query((rs, n) -> unitRow(rs, true, false)).list();
    }

    Optional<String> groupOf(long runId, long unitId) {
        return jdbc.sql("select group_name from asm_run_unit where run_id = :r and unit_id = :u").param("r", runId)
                .param("u", unitId).query(String.class).optional();
    }

    Optional<UnitResult> unit(long runId, long unitId) {
        return jdbc.sql("select * from asm_run_unit where run_id = :r and unit_id = :u").param("r", runId)
                .param("u", unitId).query((rs, n) -> unitRow(rs, true)).optional();
    }

    boolean anyScheme() {
        return jdbc.sql("select exists (select 1 from asm_scheme)").query(Boolean.class).single();
    }

    // ---- appeals ---------------------------------------------------------------------------------------------------

    long insertAppeal(long runId, long unitId, String code, String lineName, String claim, BigDecimal requested,
            String fileName, String contentType, byte[] content, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into asm_appeal (run_id, unit_id, code, line_name, claim, requested_value, file_name, content_type,
                  content, filed_by, status)
                values (:r, :u, :c, :ln, :claim, :req, :fn, :ct, :content, :by, 'PENDING')
                """).param("r", runId).param("u", unitId).param("c", code).param("ln", lineName).param("claim", claim)
                .param("req", requested).param("fn", fileName).param("ct", contentType).param("content", content)
                .param("by", by).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Appeal> appeals(long runId) {
        return jdbc.sql("""
                select a.*, u.short_name from asm_appeal a join unit u on u.id = a.unit_id
                where a.run_id in (with recursive chain(id) as (select :r::bigint union all
                  select r.parent_id from asm_run r join chain c on r.id = c.id where r.parent_id is not null)
                  select id from chain)
                order by a.id
                """).param("r", runId).query((rs, n) -> appeal(rs)).list();
    }

    Optional<Appeal> appeal(long id, boolean lock) {
        return jdbc.sql("select a.*, u.short_name from asm_appeal a join unit u on u.id = a.unit_id where a.id = :id"
                + (lock ? " for update of a" : "")).param("id", id).query((rs, n) -> appeal(rs)).optional();
    }

    private static Appeal appeal(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp dec = rs.getTimestamp("decided_at");
        return new Appeal(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("unit_id"), rs.getString("short_name"),
                rs.getString("code"), rs.getString("line_name"), rs.getString("claim"),
                rs.getBigDecimal("requested_value"), rs.getString("file_name"), rs.getString("filed_by"),
                rs.getTimestamp("filed_at").toInstant(), rs.getString("status"), rs.getString("decision_reason"),
                rs.getBigDecimal("adjusted_value"), rs.getString("decided_by"), dec == null ? null : dec.toInstant(),
                (Long) rs.getObject("new_run_id"), rs.getInt("row_version"));
    }

    void decideAppeal(long id, String status, String reason, BigDecimal adjusted, String by, Instant at, Long newRun) {
        jdbc.sql("""
                update asm_appeal set status = :st, decision_reason = :reason, adjusted_value = :adj, decided_by = :by,
                  decided_at = :at, new_run_id = :nr, row_version = row_version + 1 where id = :id
                """).param("id", id).param("st", status).param("reason", reason).param("adj", adjusted)
                .param("by", by).param("at", Timestamp.from(at)).param("nr", newRun).update();
    }

    Optional<Object[]> appealEvidence(long id) {
        return jdbc.sql("select file_name, content_type, content, unit_id from asm_appeal where id = :id and content is not null")
                .param("id", id).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3),
                        rs.getLong(4)}).optional();
    }
}
