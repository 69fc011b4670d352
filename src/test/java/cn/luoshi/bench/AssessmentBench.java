package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.assessment.AssessmentService;
import cn.luoshi.assessment.Method;
import cn.luoshi.assessment.SchemeDefinition;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.org.SystemUser;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 绩效考核 at scale: U units (default 300) in three groups, 60 indicators per group (ledger rates and counts,
 * supervision, bulletins, requests, petitions, and manual entries with every method), T tasks per unit (default 100)
 * due through the year, on a fresh embedded PostgreSQL. Times the full calculation (read every source, score, rank,
 * grade, store), one unit's explanation, and a what-if. Usage: {@code bench/assessment.sh [units] [tasksPerUnit] [runs]}.
 */
public final class AssessmentBench {

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path dir = Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=true", "--luoshi.admin.password=bench-admin-pw",
                        "--luoshi.demo-data=false", "--luoshi.scheduling.enabled=false", "--logging.level.root=warn",
                        "--logging.level.cn.luoshi=warn")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            int year = LocalDate.now(ctx.getBean(java.time.Clock.class)).getYear(); // the application's clock
            long t0 = System.nanoTime();
            jdbc.sql("""
                    insert into unit (type, short_name, full_name, sort_order)
                    select 'DEPARTMENT', '考核单位' || g, '基准考核单位' || g, g from generate_series(1, ?) g""")
                    .params(units).update();
            jdbc.sql("insert into directive (title, issued_on, issuer, level, kind, created_by) values "
                    + "('基准测试部署', ?, '区委', 'DISTRICT', 'SPEECH', 'bench')").params(LocalDate.of(year, 1, 2))
                    .update();
            jdbc.sql("""
                    insert into task (directive_id, kind, title, start_date, deadline, lead_unit_id, status, completed_on,
                      created_by)
                    select (select max(id) from directive), 'TASK', '基准任务' || u.id || '-' || g, ?::date,
                      ?::date + (g * 3 + u.id::int) % 330,
                      u.id, case when g % 4 = 0 then 'IN_PROGRESS' else 'COMPLETED' end,
                      case when g % 4 = 0 then null else ?::date + (g * 3 + u.id::int) % 330 + (g % 7) - 4 end, 'bench'
                    from unit u cross join generate_series(1, ?) g where u.short_name like '考核单位%'""")
                    .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 5), LocalDate.of(year, 1, 5), tasks).update();
            List<SchemeDefinition.GroupDef> groups = new ArrayList<>();
            int perGroup = (units + 2) / 3;
            List<String> manualCodes = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                List<String> names = new ArrayList<>();
                for (int u = g * perGroup + 1; u <= Math.min(units, (g + 1) * perGroup); u++) {
                    names.add("考核单位" + u);
                }
                List<SchemeDefinition.IndicatorDef> inds = new ArrayList<>();
                inds.add(ind("ontime", "10", Method.LINEAR, Map.of("floor", 60, "target", 100), SourceKey.LEDGER_ON_TIME_RATE, Map.of()));
                inds.add(ind("overdue", "5", Method.PER_ITEM, Map.of("perItem", 0.5), SourceKey.LEDGER_OVERDUE, Map.of()));
                inds.add(ind("orders", "4", Method.PER_ITEM, Map.of("perItem", 1), SourceKey.SUPERVISION_ORDERS, Map.of()));
                inds.add(ind("rect", "3", Method.PER_ITEM, Map.of("perItem", 1), SourceKey.SUPERVISION_RECT_OVERDUE, Map.of()));
                inds.add(ind("named", "3", Method.PER_ITEM, Map.of("perItem", 0.5), SourceKey.BULLETIN_NAMED, Map.of()));
                inds.add(ind("req", "5", Method.ALL_OR_NOTHING, Map.of("target", 90), SourceKey.REQUEST_FINISH_RATE, Map.of()));
                inds.add(ind("pet", "5", Method.LINEAR, Map.of("floor", 50, "target", 90), SourceKey.PETITION_ONCE_RATE, Map.of()));
                Method[] cycle = {Method.PROPORTIONAL, Method.LINEAR, Method.THRESHOLD_LADDER, Method.RANK_STEP,
                        Method.RANK_TABLE, Method.BEST, Method.FORMULA, Method.ALL_OR_NOTHING};
                // 53 manual lines: 50 score lines of 1.6 points (80) + bonus + deduction + veto
                for (int i = 0; i < 50; i++) {
                    Method m = cycle[i % cycle.length];
                    Map<String, Object> p = switch (m) {
                        case PROPORTIONAL -> Map.of("target", 95);
                        case LINEAR -> Map.of("floor", 60, "target", 95);
                        case THRESHOLD_LADDER -> Map.of("threshold", 90, "perPoint", 0.2);
                        case RANK_STEP -> Map.of("step", 0.01, "floorShare", 0.5);
                        case RANK_TABLE -> Map.of("table", List.of(1.6, 1.5, 1.4, 1.3, 1.2));
                        case FORMULA -> Map.of("expr", "min(weight, value * weight / 95)");
                        case ALL_OR_NOTHING -> Map.of("target", 80);
                        default -> Map.of();
                    };
                    inds.add(ind("m" + i, "1.6", m, p, SourceKey.MANUAL, Map.of("min", 0, "max", 100)));
                }
                inds.add(ind("bonus", "3", Method.BONUS, Map.of("each", 1), SourceKey.MANUAL, Map.of("min", 0, "max", 10)));
                inds.add(ind("ded", "3", Method.PER_ITEM, Map.of("perItem", 1), SourceKey.MANUAL, Map.of("min", 0, "max", 10)));
                inds.add(ind("veto", "0", Method.VETO, Map.of(), SourceKey.MANUAL, Map.of("min", 0, "max", 10)));
                groups.add(new SchemeDefinition.GroupDef("第" + (g + 1) + "组", new BigDecimal("100"), names, inds));
            }
            for (int i = 0; i < 50; i++) {
                manualCodes.add("m" + i);
            }
            manualCodes.addAll(List.of("bonus", "ded", "veto"));
            for (String code : manualCodes) {
                jdbc.sql("""
                        insert into asm_manual_entry (year, code, unit_id, value, entered_by)
                        select ?, ?, id, case when ? in ('bonus', 'ded') then id % 3 when ? = 'veto' then (id % 97 = 0)::int
                          else 60 + (id * 37 + length(?)) % 40 end, 'bench' from unit where short_name like '考核单位%'""")
                        .params(year, code, code, code, code).update();
            }
            jdbc.sql("vacuum analyze").update();
            SchemeDefinition def = new SchemeDefinition("基准考核办法", year, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), "bench", new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"),
                    new BigDecimal("0.3"), new BigDecimal("5"), new BigDecimal("10"), SchemeDefinition.NoData.AVERAGE, 5,
                    groups);
            AssessmentService a = ctx.getBean(AssessmentService.class);
            long scheme = a.createScheme(def, SystemUser.INSTANCE);
            a.publishScheme(scheme, a.scheme(scheme).rowVersion(), SystemUser.INSTANCE);
            System.out.printf("data: %d units, %d tasks, %d manual entries, 3 groups × %d indicators; %.1f s%n", units,
                    jdbc.sql("select count(*) from task").query(Long.class).single(),
                    jdbc.sql("select count(*) from asm_manual_entry").query(Long.class).single(),
                    groups.get(0).indicators().size(), (System.nanoTime() - t0) / 1e9);
            long[] last = new long[1];
            time("full calculation (read, score, rank, store)", runs,
                    () -> last[0] = a.compute(scheme, "FINAL", null, SystemUser.INSTANCE));
            long unit = jdbc.sql("select id from unit where short_name = '考核单位150'").query(Long.class).optional()
                    .orElseGet(() -> jdbc.sql("select min(id) from unit where short_name like '考核单位%'")
                            .query(Long.class).single());
            time("one unit's explanation", runs * 5, () -> a.explanation(last[0], unit, SystemUser.INSTANCE));
            time("what-if (one value, group re-ranked)", runs * 5,
                    () -> a.whatIf(last[0], unit, Map.of("m3", 99.0), 2, SystemUser.INSTANCE));
        }
    }

    static SchemeDefinition.IndicatorDef ind(String code, String w, Method m, Map<String, Object> p, SourceKey s,
            Map<String, Object> sp) {
        return new SchemeDefinition.IndicatorDef(code, "基准", "指标" + code, new BigDecimal(w), m, p, s, sp);
    }

    static void time(String what, int runs, Callable<?> c) throws Exception {
        long cold = System.nanoTime();
        c.call();
        cold = (System.nanoTime() - cold) / 1_000_000;
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            c.call();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-45s cold %5d ms  median %5d ms  p95 %5d ms  max %5d ms%n", what, cold, ms[runs / 2],
                ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], ms[runs - 1]);
    }
}
