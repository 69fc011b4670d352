package cn.luoshi.ledger.excel.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the 台账 export of N tasks (default 10,000) and the import of M rows (default 1,000) over HTTP against the
 * whole application on an embedded PostgreSQL, as the 督查室 user. Not a unit test; run it by hand, see
 * docs/benchmarks-excel.md. Arguments: [tasks, default 10000] [export rounds, default 5] [import rows, default 1000].
 */
public final class ExcelBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int importRows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        String dataDir = Files.createTempDirectory("luoshi-bench-").resolve("pg").toString();
        ConfigurableApplicationContext ctx = SpringApplication.run(LuoshiApplication.class, "--server.port=0",
                "--luoshi.embedded-db.data-dir=" + dataDir, "--luoshi.embedded-db.ephemeral=true",
                "--luoshi.admin.password=bench-admin-pw", "--luoshi.demo-data=true",
                "--logging.level.root=warn");
        try {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long seedStart = System.nanoTime();
            long directive = seed(jdbc, tasks);
            System.out.printf("seeded %,d tasks (with co-units, reports, problems) in %d ms%n", tasks,
                    (System.nanoTime() - seedStart) / 1_000_000);

            long[] millis = new long[rounds];
            byte[] file = null;
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                file = get(port, "duchashi", "/tasks/export?directiveId=" + directive);
                millis[r] = (System.nanoTime() - start) / 1_000_000;
            }
            int rows;
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                rows = wb.getSheetAt(0).getLastRowNum() - 1;
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("export (supervisor, %,d rows, %,d bytes), ms per round: %s; first: %d, median: %d, "
                    + "best: %d%n", rows, file.length, Arrays.toString(millis), millis[0], sorted[rounds / 2], sorted[0]);
            for (int r = 0; r < 3; r++) {
                long unitStart = System.nanoTime();
                byte[] unitFile = get(port, "zhujian", "/tasks/export?directiveId=" + directive);
                System.out.printf("export (unit user 住建, only its rows, %,d bytes): %d ms%n", unitFile.length,
                        (System.nanoTime() - unitStart) / 1_000_000);
            }
            TaskService taskService = ctx.getBean(TaskService.class);
            CurrentUser supervisor = user(ctx.getBean(OrgDirectory.class), "duchashi");
            TaskQuery query = new TaskQuery(null, null, null, null, null, null, directive, null, null, null);
            for (int r = 0; r < 3; r++) {
                long queryStart = System.nanoTime();
                int[] count = {0};
                taskService.forEachRow(query, supervisor, row -> count[0]++);
                System.out.printf("rows query alone (TaskService.forEachRow, %,d rows): %d ms%n", count[0],
                        (System.nanoTime() - queryStart) / 1_000_000);
            }
            long emptyStart = System.nanoTime();
            get(port, "duchashi", "/tasks/export?directiveId=" + directive + "&text=nothing-matches");
            System.out.printf("export of an empty list (HTTP, Basic auth, empty workbook): %d ms%n",
                    (System.nanoTime() - emptyStart) / 1_000_000);

            byte[] upload = importFile(importRows);
            long importStart = System.nanoTime();
            String first = post(port, "duchashi", upload);
            long importMillis = (System.nanoTime() - importStart) / 1_000_000;
            long againStart = System.nanoTime();
            String second = post(port, "duchashi", upload);
            long againMillis = (System.nanoTime() - againStart) / 1_000_000;
            System.out.printf("import of %,d rows (%,d bytes): %d ms (%s)%n", importRows, upload.length, importMillis,
                    summary(first));
            System.out.printf("same file again: %d ms (%s)%n", againMillis, summary(second));
        } finally {
            ctx.close();
        }
    }

    /** One directive with {@code n} tasks; every task a co-unit, half of them two reports, a fifth an open problem. */
    public static long seed(JdbcClient jdbc, int n) {
        long directive = jdbc.sql("""
                insert into directive (title, issued_on, issuer, level, kind, created_by)
                values ('性能测试讲话', date '2026-02-10', '区委书记', 'DISTRICT', 'SPEECH', 'bench') returning id""")
                .query(Long.class).single();
        jdbc.sql("""
                with u as (select array_agg(id order by id) ids from unit where type = 'DEPARTMENT'),
                     l as (select array_agg(id order by id) ids from person where leader)
                insert into task (directive_id, kind, seq, title, description, deadline, lead_unit_id, lead_leader_id,
                  status, progress_percent, created_by)
                select :d, 'TASK', i, '性能测试任务第' || i || '项：推进重点项目建设',
                  '围绕年度目标，按月调度，确保第' || i || '项任务按期完成并形成可检验的成果。',
                  date '2026-01-01' + (i % 365), u.ids[1 + i % array_length(u.ids, 1)],
                  l.ids[1 + i % array_length(l.ids, 1)], 'IN_PROGRESS', (i % 100), 'bench'
                from generate_series(1, :n) as i, u, l""").param("d", directive).param("n", n).update();
        jdbc.sql("""
                insert into task_co_unit (task_id, unit_id)
                select t.id, (select id from unit where type = 'DEPARTMENT' and id <> t.lead_unit_id
                              order by (id + t.id) % 7, id limit 1)
                from task t where t.directive_id = :d""").param("d", directive).update();
        jdbc.sql("""
                insert into progress_report (task_id, reported_on, cumulative, narrative, difficulties, unit_id,
                  reported_by)
                select t.id, date '2026-03-01' + k * 30, 20 * k, '第' || k || '次报送：已完成前期手续，正在组织施工。',
                  case when k = 2 then '征地拆迁进度偏慢' end, t.lead_unit_id, 'bench'
                from task t, generate_series(1, 2) as k where t.directive_id = :d and t.id % 2 = 0""")
                .param("d", directive).update();
        jdbc.sql("""
                insert into problem (task_id, description, owner_unit_id, status, raised_by)
                select t.id, '配套资金尚未到位', t.lead_unit_id, 'OPEN', 'bench'
                from task t where t.directive_id = :d and t.id % 5 = 0""").param("d", directive).update();
        jdbc.sql("analyze").update();
        return directive;
    }

    /** A 台账 of {@code n} new rows under one new source, as a person would fill it in. */
    public static byte[] importFile(int n) throws Exception {
        String[] units = {"住建", "发改", "规划", "城管", "财政", "科技"};
        String[] leaders = {"张卫东", "李明华", "刘晓燕"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("性能测试导入台账");
            List<String> headers = List.of("序号", "任务来源", "任务内容", "牵头领导", "牵头单位", "协办单位", "完成时限");
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            String source = "性能测试导入讲话-" + UUID.randomUUID().toString().substring(0, 8);
            for (int i = 1; i <= n; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(source);
                row.createCell(2).setCellValue("导入任务第" + i + "项\n按期完成第" + i + "项工作。");
                row.createCell(3).setCellValue(leaders[i % leaders.length]);
                row.createCell(4).setCellValue(units[i % units.length]);
                row.createCell(5).setCellValue(units[(i + 1) % units.length] + "、" + units[(i + 2) % units.length]);
                row.createCell(6).setCellValue(LocalDate.of(2026, 1 + i % 12, 28).toString());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] get(int port, String user, String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(request(port, user, path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + r.statusCode());
        }
        return r.body();
    }

    public static String post(int port, String user, byte[] xlsx) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(xlsx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(request(port, user, "/tasks/import")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("import -> " + r.statusCode() + "\n" + r.body());
        }
        return r.body();
    }

    private static HttpRequest.Builder request(int port, String user, String path) {
        String auth = Base64.getEncoder().encodeToString((user + ":luoshi2026").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth);
    }

    private static CurrentUser user(OrgDirectory org, String username) {
        var a = org.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), a.unitId(), a.unitName());
    }

    public static String summary(String page) {
        int i = page.indexOf("导入完成");
        return i < 0 ? "no summary" : page.substring(i, page.indexOf('<', i));
    }
}
