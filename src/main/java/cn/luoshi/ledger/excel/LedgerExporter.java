package cn.luoshi.ledger.excel;

import cn.luoshi.common.Json;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskRow;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import java.io.OutputStream;
import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 导出台账: writes the tasks a filtered list shows (the caller's scope, no page cap) as an xlsx. Rows come through one
 * streaming query; what the list row lacks (description, latest report, open problems) is read per batch of
 * {@value #BATCH} rows with one query, so the number of queries grows with rows / {@value #BATCH}, not with rows.
 */
@Service
class LedgerExporter {

    static final int BATCH = 500;

    private final TaskService tasks;
    private final DirectiveService directives;
    private final JdbcClient jdbc;
    private final Clock clock;

    LedgerExporter(TaskService tasks, DirectiveService directives, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.directives = directives;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the 台账 for {@code q} as {@code me} sees it; returns the number of task rows written. */
    int export(TaskQuery q, CurrentUser me, OutputStream out) {
        return export(q, me, title(q, me), out);
    }

    /** As {@link #export(TaskQuery, CurrentUser, OutputStream)} under a title from {@link #title}. */
    int export(TaskQuery q, CurrentUser me, String title, OutputStream out) {
        try (LedgerSheet sheet = new LedgerSheet(title, List.of(LedgerColumn.values()))) {
            List<TaskRow> batch = new ArrayList<>(BATCH);
            tasks.forEachRow(q, me, row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    writeBatch(batch, sheet);
                }
            });
            writeBatch(batch, sheet);
            sheet.write(out);
            return sheet.dataRows();
        }
    }

    /** The blank template: title and header rows only. */
    void template(OutputStream out) {
        try (LedgerSheet sheet = new LedgerSheet("任务台账（导入模板）", List.of(LedgerColumn.values()))) {
            sheet.write(out);
        }
    }

    /**
     * Builds a template once in the background after start-up: the first workbook of a JVM spends a second or two
     * loading POI's XML classes, which should not fall on the first person to press 导出Excel.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> template(OutputStream.nullOutputStream()), "excel-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The sheet's title; a directive the caller may not see is "not found" (before anything is written). */
    String title(TaskQuery q, CurrentUser me) {
        String date = ImportDates.chinese(LocalDate.now(clock));
        if (q.directiveId() != null) {
            return "《" + directives.get(q.directiveId(), me).title() + "》任务台账（截至" + date + "）";
        }
        return "任务台账（截至" + date + "）";
    }

    private void writeBatch(List<TaskRow> batch, LedgerSheet sheet) {
        if (batch.isEmpty()) {
            return;
        }
        Map<Long, Extra> extras = extras(batch.stream().map(TaskRow::id).toList());
        for (TaskRow row : batch) {
            Extra e = extras.getOrDefault(row.id(), Extra.NONE);
            sheet.add(new LedgerLine(sheet.dataRows() + 1, row, content(row, e), e.narrative, e.difficulties,
                    e.problems));
        }
        batch.clear();
    }

    private record Extra(String description, String narrative, String difficulties, List<String> problems,
            List<Target> moreTargets) {
        static final Extra NONE = new Extra(null, null, null, List.of(), List.of());
    }

    /**
     * What 任务内容 shows under the task's name: its targets on one line, all of them, the primary first
     * ("目标：115个老旧小区改造（今年）；22个社区健身中心建设（今年）" — {@link LedgerImporter} reads the line back), then the
     * description.
     */
    static String content(TaskRow row, Extra e) {
        if (row.target() == null) {
            return e.description;
        }
        List<Target> all = new ArrayList<>();
        all.add(row.target());
        all.addAll(e.moreTargets);
        String targets = TARGET_LINE + Target.describeAll(all);
        return e.description == null || e.description.isBlank() ? targets : targets + "\n" + e.description.strip();
    }

    /** How the line of targets starts in 任务内容. */
    static final String TARGET_LINE = "目标：";

    /** Description, latest report and open problems of the given tasks, in one query. */
    private Map<Long, Extra> extras(List<Long> ids) {
        Map<Long, Extra> out = new HashMap<>();
        jdbc.sql("""
                select t.id, t.description, r.narrative, r.difficulties,
                  (select array_agg(p.description order by p.raised_at, p.id) from problem p
                    where p.task_id = t.id and p.status <> 'SOLVED') as problems,
                  (select json_agg(json_build_object('value', x.value, 'unit', x.unit, 'object', x.object,
                     'period', x.period) order by x.seq) from task_target x where x.task_id = t.id)::text as targets
                from task t
                left join lateral (select pr.narrative, pr.difficulties from progress_report pr
                  where pr.task_id = t.id order by pr.reported_on desc, pr.id desc limit 1) r on true
                where t.id in (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    Array problems = rs.getArray("problems");
                    String targets = rs.getString("targets");
                    out.put(rs.getLong("id"), new Extra(rs.getString("description"), rs.getString("narrative"),
                            rs.getString("difficulties"),
                            problems == null ? List.of() : Arrays.asList((String[]) problems.getArray()),
                            targets == null ? List.of() : List.of(Json.read(targets, Target[].class))));
                });
        return out;
    }
}
