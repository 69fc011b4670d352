package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.indicators.Dashboard;
import cn.luoshi.indicators.IndicatorImportService;
import cn.luoshi.indicators.IndicatorService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.SystemUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 经济指标 at the scale: 40 indicators × 20 regions × 10 years of months with two vintages each (≈ 192,000
 * values) and 41 industry classes, generated in SQL. Measures, one after the other in one run: importing a year's
 * long-format file (9,600 new figures), importing it again revised (9,600 new vintages), recomputing every derived
 * figure after a revision (the findings pass and the dashboard of each month of the year), and the dashboard's data at
 * 32 concurrent clients next to its own SQL at 32 clients. Usage: {@code bench/indicators.sh}.
 */
public final class IndicatorsBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"), "--luoshi.embedded-db.ephemeral=true",
                        "--luoshi.admin.password=bench-admin-pw", "--luoshi.demo-data=false", "--luoshi.lights.cron=-",
                        "--logging.level.root=warn", "--logging.level.cn.luoshi=warn",
                        "--logging.level.cn.luoshi.indicators.IndicatorImportService=debug",
                        "--logging.level.cn.luoshi.indicators.IndicatorStore=debug")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            IndicatorService indicators = ctx.getBean(IndicatorService.class);
            IndicatorImportService imports = ctx.getBean(IndicatorImportService.class);
            CurrentUser me = SystemUser.INSTANCE;
            int thisYear = LocalDate.now(ctx.getBean(java.time.Clock.class)).getYear(); // the application's clock
            long t0 = System.nanoTime();
            jdbc.sql("""
                    insert into ind_indicator (code, name, unit, frequency, reported, owner_unit, sort_order)
                    select 'B' || g, '基准指标' || g, '亿元', 'MONTHLY',
                           case when g % 3 = 0 then 'GROWTH_ONLY' else 'LEVEL_AND_GROWTH' end, '发改', 200 + g
                    from generate_series(1, 29) g""").update();
            jdbc.sql("update ind_indicator set frequency = 'MONTHLY'").update();
            jdbc.sql("insert into ind_region (name, level, sort_order) select '县区' || g, 'DISTRICT', 20 + g "
                    + "from generate_series(1, 16) g").update();
            jdbc.sql("""
                    insert into ind_value (indicator_id, region_id, period, vintage, current, value, growth, status)
                    select i.id, r.id, make_date(y, m, 1), v, v = 2,
                           case when i.reported = 'LEVEL_AND_GROWTH' then (10 + r.id) * m + v * 0.01 end,
                           round((random() * 12 - 3)::numeric, 2), case when v = 1 then '初步' else '修订' end
                    from ind_indicator i cross join ind_region r cross join generate_series(?, ?) y
                    cross join generate_series(1, 12) m cross join generate_series(1, 2) v""")
                    .params(thisYear - 11, thisYear - 2).update();
            jdbc.sql("""
                    insert into ind_industry_value (class_code, period, vintage, output, output_prev, growth)
                    select c.code, make_date(y, m, 1), 1, 10 * m, 9.5 * m, round((random() * 20 - 6)::numeric, 2)
                    from ind_industry_class c cross join generate_series(?, ?) y cross join generate_series(1, 12) m""")
                    .params(thisYear - 11, thisYear - 2).update();
            jdbc.sql("analyze").update();
            System.out.printf("data: %d indicators, %d regions, %d values, %d industry figures, generated in %.1f s%n",
                    count(jdbc, "ind_indicator"), count(jdbc, "ind_region"), count(jdbc, "ind_value"),
                    count(jdbc, "ind_industry_value"), (System.nanoTime() - t0) / 1e9);

            int year = thisYear - 1;
            byte[] file = yearFile(jdbc, year, 0);
            byte[] revised = yearFile(jdbc, year, 1);
            System.out.printf("a year's file: %d bytes, %d rows%n", file.length, 40 * 20 * 12);
            once("import a year's file (9,600 new figures)", () -> imports.importFile("year.csv", file,
                    IndicatorImportService.Options.none(), me).added());
            once("import it revised (9,600 new vintages)", () -> imports.importFile("year-rev.csv", revised,
                    IndicatorImportService.Options.none(), me).revised());
            for (int bump = 2; bump <= 4; bump++) {
                byte[] again = yearFile(jdbc, year, bump);
                once("import it revised once more (9,600 new vintages, run " + (bump - 1) + ")",
                        () -> imports.importFile("year-rev" + again.length + ".csv", again,
                                IndicatorImportService.Options.none(), me).revised());
            }
            once("import it again unchanged (nothing written)", () -> imports.importFile("year-rev.csv", yearFile(jdbc, year, 4),
                    IndicatorImportService.Options.none(), me).unchanged());
            if (args.length > 0 && args[0].equals("imports")) {
                return; // bench/indicators.sh imports: the import figures only
            }
            time("recompute after a revision: findings pass", 10, indicators::refreshFindings);
            java.math.BigDecimal six = java.math.BigDecimal.valueOf(6);
            time("a change (a target) + 12 dashboards recomputed", 5, () -> {
                indicators.setTarget("GDP", year, six, me);
                for (int m = 1; m <= 12; m++) {
                    indicators.dashboard(YearMonth.of(year, m));
                }
                return null;
            });
            YearMonth p = YearMonth.of(year, 10);
            time("a change (a target) alone", 10, () -> {
                indicators.setTarget("GDP", year, six, me);
                return null;
            });
            time("a change + the dashboard recomputed, one client", 20, () -> {
                indicators.setTarget("GDP", year, six, me);
                return indicators.dashboard(p);
            });
            time("dashboard data (cached), one client", 50, () -> indicators.dashboard(p));
            List<Date> months = List.of(Date.valueOf(p.atDay(1)), Date.valueOf(p.minusMonths(1).atDay(1)),
                    Date.valueOf(p.minusMonths(2).atDay(1)), Date.valueOf(p.minusMonths(3).atDay(1)),
                    Date.valueOf(p.minusYears(1).atDay(1)), Date.valueOf(LocalDate.of(year - 1, 12, 1)));
            Callable<Object> sql = () -> jdbc.sql("select * from ind_value where current and period in (?, ?, ?, ?, ?, ?)")
                    .params(new ArrayList<>(months)).query().listOfRows().size();
            for (int round = 0; round < 2; round++) {
                Concurrent.run("dashboard data (service, cached), 32 clients", 32, 20, () -> indicators.dashboard(p));
                Concurrent.run("its SQL alone (values of 6 months), 16 clients", 16, 10, sql);
            }
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The long format for every indicator and region of {@code year}; {@code bump} changes every growth. */
    private static byte[] yearFile(JdbcClient jdbc, int year, int bump) {
        StringBuilder sb = new StringBuilder("指标,单位,地区,期间,本期累计,增速(%)\n");
        jdbc.sql("""
                select i.name, i.unit, i.reported, r.name as region, r.id as rid from ind_indicator i cross join ind_region r
                order by i.id, r.id""").query(rs -> {
                    for (int m = 1; m <= 12; m++) {
                        boolean level = rs.getString("reported").equals("LEVEL_AND_GROWTH");
                        sb.append(rs.getString("name")).append(',').append(rs.getString("unit")).append(',')
                                .append(rs.getString("region")).append(',').append(YearMonth.of(year, m)).append(',')
                                .append(level ? String.valueOf((10 + rs.getLong("rid")) * m) : "—").append(',')
                                .append(String.format("%.1f", 3 + (m % 5) * 0.3 + bump * 0.1)).append('\n');
                    }
                });
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void once(String what, Callable<Object> call) throws Exception {
        long t = System.nanoTime();
        Object r = call.call();
        System.out.printf("%-52s %8.0f ms   (%s)%n", what, (System.nanoTime() - t) / 1e6, r);
    }

    private static void time(String what, int times, Callable<?> call) throws Exception {
        call.call();
        call.call();
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-52s median %7.1f ms   max %7.1f ms   (%d runs)%n", what, ms[times / 2], ms[times - 1],
                times);
    }
}
