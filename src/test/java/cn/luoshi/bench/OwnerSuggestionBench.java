package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ingest.owners.OwnerSuggestions;
import cn.luoshi.ingest.review.ReviewService;
import cn.luoshi.ingest.review.UploadForm;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the owner suggestions (牵头单位建议) cost a speech upload: building the rule (every unit's keywords, leaders,
 * and the ledger's tasks of the last three years through TaskService.forEachRow) and a whole upload of seed 002 —
 * with the demo ledger only, then with a city-scale ledger whose task titles are the demo's (so they share words).
 * Usage: {@code bench/owner-suggestions.sh [tasks]}.
 */
public final class OwnerSuggestionBench {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("luoshi-owner-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"), "--luoshi.embedded-db.ephemeral=true",
                        "--luoshi.admin.password=bench-admin-pw", "--luoshi.lights.cron=-",
                        "--logging.level.root=warn", "--logging.level.cn.luoshi=warn")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            OwnerSuggestions owners = ctx.getBean(OwnerSuggestions.class);
            ReviewService review = ctx.getBean(ReviewService.class);
            CurrentUser me = new CurrentUser(0, "duchashi", "督查室", Role.SUPERVISOR, null, "督查室");
            byte[] seed;
            try (InputStream in = OwnerSuggestionBench.class.getResourceAsStream("/seeds/002_aafd5c90119f966f.txt")) {
                seed = in.readAllBytes();
            }
            measure("demo ledger", jdbc, owners, review, me, seed);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            // Real titles (the demo's), each made distinct: the words a similar-task search has to compare.
            jdbc.sql("""
                    with pool as (select array_agg(title order by id) t from task where created_by <> 'bench')
                    update task set title = pool.t[1 + id % array_length(pool.t, 1)] || '（' || id || '）'
                    from pool where created_by = 'bench'""").update();
            // The organisation caches its units; a unit made through it drops the cache, so the generated units count.
            ctx.getBean(cn.luoshi.org.OrgDirectory.class).createUnit(new cn.luoshi.org.OrgDirectory.NewUnit(
                    cn.luoshi.org.UnitType.OTHER, null, "基准", "基准测试单位", null), cn.luoshi.org.SystemUser.INSTANCE);
            System.out.printf("generated %d tasks in %.1f s%n", tasks, (System.nanoTime() - t0) / 1e9);
            measure("city-scale ledger", jdbc, owners, review, me, seed);
        }
    }

    private static void measure(String label, JdbcClient jdbc, OwnerSuggestions owners, ReviewService review,
            CurrentUser me, byte[] seed) {
        long count = jdbc.sql("select count(*) from task").query(Long.class).single();
        LocalDate date = LocalDate.of(2026, 11, 20);
        for (int i = 1; i <= 3; i++) {
            long t0 = System.nanoTime();
            var s = owners.suggester(date, me);
            long t1 = System.nanoTime();
            UploadForm in = new UploadForm();
            in.title = "在全区城市提质工作会议上的讲话（基准）";
            in.issuedOn = date;
            in.issuer = "区委书记";
            in.again = true;
            review.upload(in, "002.txt", seed, me);
            long t2 = System.nanoTime();
            System.out.printf("%s (%d tasks) #%d: build the rule %d ms (%s); whole upload of seed 002 %d ms%n", label,
                    count, i, (t1 - t0) / 1_000_000, s, (t2 - t1) / 1_000_000);
        }
    }
}
