package cn.luoshi.requests;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 时限设置: the 指挥中心 edits the working-time limits (签收, 首次联系, 办结, 答复) per category and urgency, stored as
 * rows of {@code request_clock_limit} over the read-only preset {@link ClockLimits#LOCAL_DEFAULT}. A line not yet
 * set is edited from the values in force (copy to edit); each save is audited with before and after, and a form
 * older than the line gives 409. A dispatch stores the limits in force when it is made, so a change applies to new
 * dispatches only.
 */
@Service
public class ClockLimitSettings {

    /** One line: a category (null = 全部分类, the default) and urgency, its four limits in minutes. */
    public record Line(Long categoryId, String categoryName, Urgency urgency, Map<Stage, Integer> minutes, String source,
            int version, boolean own, String updatedBy, Instant updatedAt) {

        public String key() {
            return (categoryId == null ? "all" : categoryId.toString()) + ":" + urgency.name();
        }
    }

    /** The page: the preset (read-only), the lines in force (own rows first: default, then categories). */
    public record Table(String presetName, Map<Urgency, Map<Stage, Integer>> preset, List<Line> lines, long dayMinutes) {

        /** "5 工作日", "2 工作小时", "30 分钟". */
        public String format(int minutes) {
            return LimitEntry.format(minutes, dayMinutes);
        }
    }

    private final JdbcClient jdbc;
    private final RequestSettings settings;
    private final RequestService requests;
    private final AuditLog audit;

    ClockLimitSettings(JdbcClient jdbc, RequestSettings settings, RequestService requests, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.requests = requests;
        this.audit = audit;
    }

    public long dayMinutes() {
        return settings.clock().dayMinutes();
    }

    public Table table() {
        long day = dayMinutes();
        ClockLimits preset = ClockLimits.localDefault(day);
        Map<Urgency, Map<Stage, Integer>> p = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            Map<Stage, Integer> m = new EnumMap<>(Stage.class);
            for (Stage s : Stage.values()) {
                m.put(s, preset.minutes(null, u, s));
            }
            p.put(u, m);
        }
        List<Line> lines = new ArrayList<>();
        for (Urgency u : Urgency.values()) {
            lines.add(line(null, u));
        }
        List<Long> categories = jdbc.sql("select distinct category_id from request_clock_limit where category_id is not null")
                .query(Long.class).list();
        for (Category c : requests.categories()) {
            if (categories.contains(c.id())) {
                for (Urgency u : Urgency.values()) {
                    Line l = line(c.id(), u);
                    if (l.own()) {
                        lines.add(l);
                    }
                }
            }
        }
        return new Table(ClockLimits.LOCAL_DEFAULT, p, lines, day);
    }

    /** The line as in force: its own rows where there are any, else the default line's (or the preset's) values. */
    public Line line(Long categoryId, Urgency urgency) {
        String name = categoryId == null ? "全部分类（默认）" : category(categoryId).name();
        String code = categoryId == null ? null : category(categoryId).code();
        record Row(String stage, int minutes, String source, int version, String by, Instant at) {
        }
        List<Row> rows = jdbc.sql("""
                select stage, minutes, source, version, updated_by, updated_at from request_clock_limit
                where category_id is not distinct from ? and urgency = ?""").params(categoryId, urgency.name())
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant())).list();
        ClockLimits inForce = settings.limits();
        Map<Stage, Integer> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, inForce.minutes(code, urgency, s));
        }
        if (rows.isEmpty()) {
            return new Line(categoryId, name, urgency, m, categoryId == null ? ClockLimits.LOCAL_DEFAULT : "同全部分类", 0,
                    false, null, null);
        }
        Row last = rows.stream().max((a, b) -> a.at().compareTo(b.at())).orElseThrow();
        int version = rows.stream().mapToInt(Row::version).max().orElse(0);
        return new Line(categoryId, name, urgency, m, last.source(), version, true, last.by(), last.at());
    }

    private Category category(long id) {
        return requests.categories().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> InvalidInputException.of("category", "分类不存在（编号" + id + "）"));
    }

    private void requireCentre(CurrentUser me) {
        if (!settings.isCentre(me)) {
            throw new ForbiddenException("只有指挥中心（督查室、管理员）可以设置办理时限");
        }
    }

    /**
     * Saves a line's four limits. {@code version} is the line's version the form was made from (0 for a line not
     * yet set); another save in between gives 409. Invalid input: {@link InvalidInputException} with one message per
     * field, nothing written.
     */
    @Transactional
    public Line save(Long categoryId, Urgency urgency, Map<Stage, String> amounts, Map<Stage, LimitEntry.Unit> units,
            String source, int version, CurrentUser me) {
        requireCentre(me);
        if (urgency == null) {
            throw InvalidInputException.of("urgency", "紧急程度无效（应为一般或紧急）");
        }
        Violations v = new Violations();
        Map<Stage, Integer> minutes = LimitEntry.check(amounts, units, dayMinutes(), v);
        v.requireText(source, "source", "依据（规定名称或“本区自定”）", 200);
        if (categoryId != null) {
            category(categoryId);
        }
        v.throwIfAny();
        // one line at a time: lock it (its rows, or the table when the line has none yet)
        jdbc.sql("select pg_advisory_xact_lock(hashtext('request_clock_limit'))").query(Object.class).list();
        Line before = line(categoryId, urgency);
        if (before.version() != version) {
            throw ConflictException.staleEdit();
        }
        int next = version + 1;
        for (Stage s : Stage.values()) {
            jdbc.sql("""
                    insert into request_clock_limit (category_id, urgency, stage, minutes, source, version, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, luoshi_now())
                    on conflict (category_id, urgency, stage) do update set minutes = excluded.minutes,
                      source = excluded.source, version = excluded.version, updated_by = excluded.updated_by,
                      updated_at = excluded.updated_at""")
                    .params(categoryId, urgency.name(), s.name(), minutes.get(s), source.trim(), next, me.displayName())
                    .update();
        }
        Line after = line(categoryId, urgency);
        audit.record(me.auditName(), before.own() ? AuditAction.UPDATE : AuditAction.CREATE,
                new AuditLog.Subject("request_clock_limit", categoryId == null ? 0 : categoryId, null, null),
                "修改办理时限：" + before.categoryName() + " · " + urgency.label(), describe(before), describe(after));
        return after;
    }

    /** Removes a line's own rows: a category goes back to the default line, the default line to the preset. */
    @Transactional
    public void reset(Long categoryId, Urgency urgency, int version, CurrentUser me) {
        requireCentre(me);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('request_clock_limit'))").query(Object.class).list();
        Line before = line(categoryId, urgency);
        if (!before.own()) {
            return;
        }
        if (before.version() != version) {
            throw ConflictException.staleEdit();
        }
        jdbc.sql("delete from request_clock_limit where category_id is not distinct from ? and urgency = ?")
                .params(categoryId, urgency.name()).update();
        Line after = line(categoryId, urgency);
        audit.record(me.auditName(), AuditAction.DELETE,
                new AuditLog.Subject("request_clock_limit", categoryId == null ? 0 : categoryId, null, null),
                "恢复办理时限：" + before.categoryName() + " · " + urgency.label(), describe(before), describe(after));
    }

    private Map<String, Object> describe(Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        long day = dayMinutes();
        for (Stage s : Stage.values()) {
            m.put(s.label(), LimitEntry.format(l.minutes().get(s), day));
        }
        m.put("依据", l.source());
        return m;
    }
}
