package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.bulletins.Bulletin;
import cn.luoshi.bulletins.BulletinForm;
import cn.luoshi.bulletins.BulletinService;
import cn.luoshi.bulletins.PeriodKind;
import cn.luoshi.bulletins.ScopeKind;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulletin benchmark (issue 5): on the city-scale ledger of {@link CityData} (100,000 tasks, 300 units) with the dated
 * facts a bulletin reads (approved completion requests, report entry times, 终止 audit entries, solved problems,
 * audited changes after the period, and the facts' history rebuilt from them as the upgrade to V1_140 does), times
 * generating a monthly bulletin of all work, its Word and PDF documents, publishing (number + both documents), and
 * the Excel lists — the first run (cold) and the median of the next ones. Usage:
 * {@code bench/bulletins.sh [tasks] [runs]}.
 */
public final class BulletinBench {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"), "--luoshi.embedded-db.ephemeral=true",
                        "--luoshi.admin.password=bench-admin-pw", "--luoshi.lights.cron=-",
                        "--logging.level.root=warn", "--logging.level.cn.luoshi=warn", "--logging.level.cn.luoshi.bulletins=debug", "--logging.level.cn.luoshi.ledger.PeriodFactsQuery=debug")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            datedFacts(jdbc);
            System.out.printf("data: %d tasks, %d reports, %d completion requests, %d audit entries, %d units in %.1f s%n",
                    count(jdbc, "task"), count(jdbc, "progress_report"), count(jdbc, "completion_request"),
                    count(jdbc, "audit_entry"), count(jdbc, "unit"), (System.nanoTime() - t0) / 1e9);

            // The reference measured side by side: all lights recomputed over the same tasks (docs/benchmarks.md).
            var lights = ctx.getBean(cn.luoshi.ledger.LightService.class);
            Timing light = time("lights recompute (reference)", runs, lights::recomputeAll);

            BulletinService bulletins = ctx.getBean(BulletinService.class);
            var account = ctx.getBean(OrgDirectory.class).users().stream()
                    .filter(u -> u.username().equals("duchashi")).findFirst().orElseThrow();
            CurrentUser me = new CurrentUser(account.id(), account.username(), account.displayName(), Role.SUPERVISOR,
                    account.unitId(), account.unitName());
            BulletinForm form = new BulletinForm();
            form.periodKind = PeriodKind.MONTH;
            form.month = "2026-06";
            form.scopeKind = ScopeKind.ALL;

            List<Long> drafts = new ArrayList<>();
            Timing generate = time("generate (month, all work)", runs, () -> {
                Bulletin b = bulletins.generate(form, me);
                drafts.add(b.id());
                return b;
            });
            Bulletin sample = bulletins.get(drafts.get(0), me);
            System.out.printf("  → %d tasks counted, %d units ranked, %d red (%d listed), %d terminated in June%n",
                    sample.content().totals().total(), sample.content().units().size(), sample.content().redTotal(),
                    sample.content().redItems().size(), sample.content().totals().terminatedInPeriod());
            long id = drafts.get(0);
            Timing docx = time("docx (draft, rendered)", runs, () -> bulletins.docx(id, me));
            Timing pdf = time("pdf (draft, rendered)", runs, () -> bulletins.pdf(id, me));
            Timing xlsx = time("xlsx (all lists)", Math.max(1, runs / 2), () -> bulletins.xlsx(id, me));
            int[] next = {0};
            Timing publish = time("publish (number + docx + pdf)", Math.min(runs, drafts.size()), () ->
                    bulletins.publish(drafts.get(next[0]++), null, me));
            var doc = bulletins.pdf(id, me);
            int pages;
            try (var pdfDoc = org.apache.pdfbox.Loader.loadPDF(doc.content())) {
                pages = pdfDoc.getNumberOfPages();
            }
            System.out.printf("sizes: docx %d KB, pdf %d KB (%d pages), xlsx %d KB%n",
                    bulletins.docx(id, me).content().length / 1024, doc.content().length / 1024, pages,
                    bulletins.xlsx(id, me).content().length / 1024);
            System.out.println();
            System.out.println("| step | first run | median of next | goal |");
            System.out.println("|---|---|---|---|");
            row(generate, "< 3 s");
            row(docx, "< 5 s");
            row(pdf, "< 10 s");
            row(publish, "—");
            row(xlsx, "—");
            row(light, "(reference, < 2 s)");
            System.out.printf("%ngenerate ÷ lights recompute (medians): %.2f×%n", generate.medianMs() / light.medianMs());
            System.out.printf("load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    /**
     * What a real ledger holds and CityData does not: approved completion requests for completed tasks, reports
     * entered on their date, 终止 audit entries, solving times, and audited changes after June to undo.
     */
    static void datedFacts(JdbcClient jdbc) {
        jdbc.sql("""
                insert into completion_request (task_id, requested_on, summary, status, requested_by, requested_at,
                  decided_by, decided_at)
                select t.id, d.on_date, '已完成', 'APPROVED', 'bench', d.on_date::timestamptz,
                       'bench', (d.on_date + 2)::timestamptz
                from task t cross join lateral (select least(t.deadline + (t.id % 21)::int - 10, date '2026-11-01')
                                                       as on_date) d
                where t.created_by = 'bench' and t.status = 'COMPLETED'""").update();
        jdbc.sql("""
                update task t set completed_on = c.requested_on from completion_request c
                where c.task_id = t.id and t.created_by = 'bench'""").update();
        jdbc.sql("update progress_report set created_at = reported_on::timestamptz where reported_by = 'bench'")
                .update();
        jdbc.sql("""
                update problem set solved_at = raised_at, raised_at = raised_at - interval '300 days'
                where raised_by = 'bench'""").update();
        jdbc.sql("update problem set solved_at = null where raised_by = 'bench' and status <> 'SOLVED'").update();
        jdbc.sql("""
                insert into audit_entry (at, actor, action, entity_type, entity_id, task_id, summary, before_state,
                  after_state)
                select (t.start_date + 90)::timestamptz, 'bench', 'TRANSITION', '任务', t.id, t.id, '终止任务',
                       '{"状态":"办理中"}', '{"状态":"已终止"}'
                from task t where t.created_by = 'bench' and t.status = 'TERMINATED'""").update();
        // Every 10th task was edited after June (deadline moved): the bulletin must undo it.
        jdbc.sql("""
                insert into audit_entry (at, actor, action, entity_type, entity_id, task_id, summary, before_state,
                  after_state)
                select timestamptz '2026-08-01 10:00+08', 'bench', 'UPDATE', '任务', t.id, t.id, '修改任务',
                       jsonb_build_object('完成时限', t.deadline::text, '状态', '办理中'),
                       jsonb_build_object('完成时限', (t.deadline + 30)::text, '状态', '办理中')
                from task t where t.created_by = 'bench' and t.id % 10 = 0 and t.status = 'IN_PROGRESS'""").update();
        // The facts' typed history (task_fact_history) as the upgrade to V1_140 builds it from the audit trail and the
        // workflow tables: the triggers dated the rows above by the tasks' creation, while the audit entries and
        // requests were written around them.
        long t0 = System.nanoTime();
        jdbc.sql("delete from task_fact_history where task_id in (select id from task where created_by = 'bench')")
                .update();
        int rows = jdbc.sql("""
                insert into task_fact_history (task_id, valid_from, status, lead_unit_id, deadline, start_date, tags,
                  completed_on)
                select * from task_fact_history_from_audit(array(select id from task where created_by = 'bench'))""")
                .update();
        System.out.printf("task_fact_history from the audit trail (as on upgrade): %d rows in %.1f s%n", rows,
                (System.nanoTime() - t0) / 1e9);
        jdbc.sql("analyze").update();
    }

    record Timing(String name, double firstMs, double medianMs) {
    }

    static Timing time(String name, int runs, Supplier<Object> step) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.get();
            ms.add((System.nanoTime() - t) / 1e6);
            System.out.printf("%-32s #%d %8.0f ms%n", name, i + 1, ms.get(ms.size() - 1));
        }
        List<Double> rest = new ArrayList<>(ms.subList(Math.min(1, ms.size() - 1), ms.size()));
        rest.sort(Double::compare);
        return new Timing(name, ms.get(0), rest.get(rest.size() / 2));
    }

    static void row(Timing t, String goal) {
        System.out.printf("| %s | %.2f s | %.2f s | %s |%n", t.name(), t.firstMs() / 1000, t.medianMs() / 1000, goal);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private BulletinBench() {
    }
}
