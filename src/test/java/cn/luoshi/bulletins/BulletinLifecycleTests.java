package cn.luoshi.bulletins;

import cn.luoshi.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A June 2026 bulletin through the API: what it counts, publishing as 第N期 (gap-free, also when published at once),
 * freezing (later changes to the tasks change neither the bulletin nor its files), who may do what, and bad input.
 */
@LuoshiIntegrationTest
class BulletinLifecycleTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api office;
    String tag;
    History h;
    long a;
    long b;
    long c;
    long d;
    long e;
    long g;
    long k;

    @BeforeEach
    void history() {
        office = Api.as(port, "duchashi");
        tag = "通报测试" + UUID.randomUUID().toString().substring(0, 8);
        History.June june = History.june(jdbc, tag);
        h = june.history();
        a = june.a();
        b = june.b();
        c = june.c();
        d = june.d();
        e = june.e();
        g = june.g();
        k = june.k();
    }

    Map<String, Object> june() {
        return Map.of("periodKind", "MONTH", "month", "2026-06", "scopeKind", "TAG", "tag", tag);
    }

    JsonNode generate(Map<String, Object> body) {
        Api.Response r = office.post("/api/bulletins", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body();
    }

    static JsonNode unit(JsonNode bulletin, String name) {
        for (JsonNode u : bulletin.get("content").get("units")) {
            if (u.get("unitName").asString().equals(name)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + name);
    }

    @Test
    void aMonthlyDraftCountsTheLedgerAsItStoodAtTheMonthsEnd() {
        JsonNode bulletin = generate(june());
        assertThat(bulletin.get("status").asString()).isEqualTo("DRAFT");
        assertThat(bulletin.get("title").asString()).isEqualTo("2026年6月" + tag + "推进情况通报");
        assertThat(bulletin.get("period").get("from").asString()).isEqualTo("2026-06-01");
        JsonNode t = bulletin.get("content").get("totals");
        assertThat(t.get("total").asInt()).isEqualTo(6); // A B C D G K; E apart, F not yet created
        assertThat(t.get("terminatedInPeriod").asInt()).isEqualTo(1);
        assertThat(t.get("completed").asInt()).isEqualTo(2);
        assertThat(t.get("completedInPeriod").asInt()).isEqualTo(2);
        assertThat(t.get("completedOnTime").asInt()).isEqualTo(1);
        assertThat(t.get("completedLate").asInt()).isEqualTo(1);
        assertThat(t.get("overdue").asInt()).isEqualTo(1); // C; G's deadline was extended
        assertThat(t.get("due").asInt()).isEqualTo(3);
        assertThat(t.get("withProblems").asInt()).isEqualTo(1);
        assertThat(t.get("behind").asInt()).isEqualTo(2); // C and G
        assertThat(bulletin.get("content").get("summary").asString()).contains("按期办结率33.3%")
                .contains("本期终止任务1项");

        JsonNode zhujian = unit(bulletin, "住建");
        assertThat(zhujian.get("assigned").asInt()).isEqualTo(3);
        assertThat(zhujian.get("onTime").asInt()).isEqualTo(1);
        assertThat(zhujian.get("due").asInt()).isEqualTo(2);
        assertThat(unit(bulletin, "发改").get("overdue").asInt()).isEqualTo(1);
        assertThat(bulletin.get("content").get("units").findValuesAsString("unitName")).doesNotContain("财政");

        JsonNode red = bulletin.get("content").get("redItems");
        assertThat(red.get(0).get("taskId").asLong()).isEqualTo(c);
        assertThat(red.get(0).get("unitName").asString()).isEqualTo("发改");
        assertThat(red.get(0).get("reason").asString()).startsWith("已逾期");
        assertThat(bulletin.get("content").get("terminated").get(0).get("taskId").asLong()).isEqualTo(e);
        assertThat(bulletin.get("requirements").asString()).contains("逾期未办结的1项任务");

        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = '通报' and entity_id = ?")
                .param(bulletin.get("id").asLong()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBulletinForOneDirectiveCountsItsTasks() {
        JsonNode bulletin = generate(Map.of("periodKind", "QUARTER", "year", 2026, "quarter", 2,
                "scopeKind", "DIRECTIVE", "directiveId", h.directiveId()));
        assertThat(bulletin.get("scope").get("label").asString()).isEqualTo("《通报测试来源-" + tag + "》");
        assertThat(bulletin.get("title").asString()).isEqualTo("2026年第二季度《通报测试来源-" + tag + "》落实情况通报");
        assertThat(bulletin.get("content").get("totals").get("total").asInt()).isEqualTo(6);
        assertThat(bulletin.get("content").get("summary").asString()).contains("部署的工作中");

        Api.Response missing = office.post("/api/bulletins", Map.of("periodKind", "QUARTER", "year", 2026,
                "quarter", 2, "scopeKind", "DIRECTIVE", "directiveId", 987654321));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("fields").get(0).get("field").asString()).isEqualTo("directiveId");
    }

    @Test
    void aPublishedBulletinIsNumberedAndFrozenWithItsFiles() {
        JsonNode draft = generate(june());
        long id = draft.get("id").asLong();
        Api.Response edited = office.put("/api/bulletins/" + id, Map.of("title", "关于6月" + tag + "的通报",
                "requirements", "一、请发改局5日内说明停车场逾期原因。", "version", draft.get("version").asInt()));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        Api.Response published = office.post("/api/bulletins/" + id + "/publish",
                Map.of("version", edited.body().get("version").asInt()));
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        JsonNode p = published.body();
        assertThat(p.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(p.get("issueYear").asInt()).isEqualTo(TODAY.getYear());
        assertThat(p.get("issueNumber").asInt()).isPositive();
        assertThat(p.get("requirements").asString()).isEqualTo("一、请发改局5日内说明停车场逾期原因。");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = '通报' and entity_id = ? and action = 'TRANSITION'
                  and summary like '发布通报%'""").param(id).query(Long.class).single()).isEqualTo(1);
        byte[] docx = office.download("/api/bulletins/" + id + "/docx").body();
        byte[] pdf = office.download("/api/bulletins/" + id + "/pdf").body();

        // Today the ledger moves on: C is completed, D terminated, K reports 100 % and gets an extension.
        Api zhujian = Api.as(port, "zhujian");
        Api fagai = Api.as(port, "fagai");
        assertThat(fagai.multipart("/api/tasks/" + c + "/completion", Map.of("summary", "已建成"),
                List.of(new Api.Upload("验收.pdf", PDF))).status()).isEqualTo(200);
        assertThat(office.post("/api/tasks/" + c + "/completion/approve", Map.of()).status()).isEqualTo(200);
        assertThat(office.post("/api/tasks/" + d + "/terminate", Map.of("reason", "并入其他任务")).status())
                .isEqualTo(200);
        assertThat(zhujian.post("/api/tasks/" + k + "/reports", Map.of("reportedOn", TODAY.toString(),
                "cumulative", 100, "narrative", "全部完成")).status()).isEqualTo(201);
        jdbc.sql("update task set title = '改名后的任务' where id = ?").param(a).update();

        Api.Response again = office.get("/api/bulletins/" + id);
        assertThat(again.body().get("content")).isEqualTo(p.get("content"));
        assertThat(again.body().get("title")).isEqualTo(p.get("title"));
        assertThat(office.download("/api/bulletins/" + id + "/docx").body()).isEqualTo(docx);
        assertThat(office.download("/api/bulletins/" + id + "/pdf").body()).isEqualTo(pdf);
        Api.Response rows = office.get("/api/bulletins/" + id + "/tasks?limit=50");
        assertThat(rows.body().findValuesAsString("title")).contains("A 建成口袋公园").doesNotContain("改名后的任务");

        // Frozen: no edit, no regeneration, no second publication, no deletion.
        assertThat(office.put("/api/bulletins/" + id, Map.of("title", "x", "requirements", "y")).status())
                .isEqualTo(409);
        assertThat(office.post("/api/bulletins/" + id + "/regenerate", Map.of()).status()).isEqualTo(409);
        assertThat(office.post("/api/bulletins/" + id + "/publish", Map.of()).status()).isEqualTo(409);
        assertThat(office.delete("/api/bulletins/" + id).status()).isEqualTo(409);
    }

    @Test
    void theSamePeriodGeneratedAgainAfterTodaysChangesGivesTheSameNumbers() {
        JsonNode first = generate(june());
        long firstId = first.get("id").asLong();
        List<JsonNode> firstRows = office.get("/api/bulletins/" + firstId + "/tasks?limit=100").body().valueStream()
                .toList();

        Api zhujian = Api.as(port, "zhujian");
        // A report entered today but dated back into June, an extension approved today, a termination today,
        // a problem solved today, a new task today.
        assertThat(Api.as(port, "fagai").post("/api/tasks/" + d + "/reports", Map.of("reportedOn", "2026-06-28",
                "cumulative", 5, "narrative", "补录")).status()).isEqualTo(201);
        Api.Response ext = zhujian.post("/api/tasks/" + k + "/extensions", Map.of("proposedDeadline",
                TODAY.getYear() + 1 + "-03-31", "reason", "资金晚到", "currentProgress", "一半"));
        assertThat(ext.status()).as(ext.raw()).isEqualTo(201);
        assertThat(office.post("/api/tasks/" + k + "/extensions/" + ext.id() + "/approve", Map.of()).status())
                .isEqualTo(200);
        assertThat(office.post("/api/tasks/" + g + "/terminate", Map.of("reason", "规划调整")).status()).isEqualTo(200);
        jdbc.sql("update problem set status = 'SOLVED', solved_at = luoshi_now() where task_id = ?").param(k).update();
        h.task("N 今天新建", "住建", TODAY.toString(), TODAY.toString(), TODAY.plusMonths(1).toString());

        JsonNode second = generate(june());
        assertThat(second.get("content")).isEqualTo(first.get("content"));
        List<JsonNode> secondRows = office.get("/api/bulletins/" + second.get("id").asLong() + "/tasks?limit=100")
                .body().valueStream().toList();
        assertThat(secondRows).isEqualTo(firstRows);

        // And regenerating the first draft gives the same again.
        Api.Response regenerated = office.post("/api/bulletins/" + firstId + "/regenerate",
                Map.of("version", first.get("version").asInt()));
        assertThat(regenerated.status()).as(regenerated.raw()).isEqualTo(200);
        assertThat(regenerated.body().get("content")).isEqualTo(first.get("content"));
        assertThat(regenerated.body().get("version").asInt()).isEqualTo(first.get("version").asInt() + 1);
    }

    @Test
    void issueNumbersAreGapFreeEvenWhenPublishedAtOnce() throws Exception {
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(generate(june()).get("id").asLong());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Response>> results = new ArrayList<>();
            for (long id : drafts) {
                results.add(pool.submit((Callable<Api.Response>) () -> office.post("/api/bulletins/" + id + "/publish",
                        Map.of())));
            }
            Set<Integer> numbers = new TreeSet<>();
            for (Future<Api.Response> f : results) {
                Api.Response r = f.get();
                assertThat(r.status()).as(r.raw()).isEqualTo(200);
                numbers.add(r.body().get("issueNumber").asInt());
            }
            assertThat(numbers).hasSize(4);
            int first = numbers.iterator().next();
            assertThat(numbers).containsExactly(first, first + 1, first + 2, first + 3);
            int max = jdbc.sql("select max(issue_number) from bulletin where issue_year = ?").param(TODAY.getYear())
                    .query(Integer.class).single();
            long count = jdbc.sql("select count(*) from bulletin where issue_year = ?").param(TODAY.getYear())
                    .query(Long.class).single();
            assertThat(count).as("numbers 1..max are all taken").isEqualTo(max);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSameDraftPublishedTwiceAtOnceGetsOneNumber() throws Exception {
        long id = generate(june()).get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Response> one = pool.submit(() -> office.post("/api/bulletins/" + id + "/publish", Map.of()));
            Future<Api.Response> two = pool.submit(() -> office.post("/api/bulletins/" + id + "/publish", Map.of()));
            List<Integer> statuses = List.of(one.get().status(), two.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        int max = jdbc.sql("select max(issue_number) from bulletin where issue_year = ?").param(TODAY.getYear())
                .query(Integer.class).single();
        long count = jdbc.sql("select count(*) from bulletin where issue_year = ?").param(TODAY.getYear())
                .query(Long.class).single();
        assertThat(count).isEqualTo(max);
    }

    @Test
    void onlyTheOfficeGeneratesAndPublishesAndEveryoneReadsWhatIsPublished() {
        long draft = generate(june()).get("id").asLong();
        Api zhujian = Api.as(port, "zhujian");
        Api leader = Api.as(port, "lingdao");
        assertThat(zhujian.post("/api/bulletins", june()).status()).isEqualTo(403);
        assertThat(leader.post("/api/bulletins", june()).status()).isEqualTo(403);
        assertThat(zhujian.get("/api/bulletins/" + draft).status()).isEqualTo(404);
        assertThat(leader.get("/api/bulletins/" + draft).status()).isEqualTo(404);
        assertThat(zhujian.download("/api/bulletins/" + draft + "/pdf").statusCode()).isEqualTo(404);
        assertThat(zhujian.post("/api/bulletins/" + draft + "/publish", Map.of()).status()).isEqualTo(403);
        assertThat(zhujian.get("/api/bulletins").body().findValuesAsString("status")).doesNotContain("DRAFT");

        assertThat(office.post("/api/bulletins/" + draft + "/publish", Map.of()).status()).isEqualTo(200);
        assertThat(zhujian.get("/api/bulletins/" + draft).status()).isEqualTo(200);
        assertThat(leader.get("/api/bulletins/" + draft).status()).isEqualTo(200);
        assertThat(Api.as(port, "tongji").get("/api/bulletins/" + draft).status()).isEqualTo(200);
        HttpResponse<byte[]> pdf = zhujian.download("/api/bulletins/" + draft + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(zhujian.put("/api/bulletins/" + draft, Map.of("title", "x")).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/bulletins/" + draft).status()).isEqualTo(401);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedByField() {
        Api.Response r = office.post("/api/bulletins", Map.of("periodKind", "CUSTOM", "from", "2026-06-30",
                "to", "2026-06-01", "scopeKind", "ALL"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("fields").get(0).get("field").asString()).isEqualTo("to");
        assertThat(r.body().get("message").asString()).contains("统计截止日期（2026-06-01）早于开始日期（2026-06-30）");

        Api.Response future = office.post("/api/bulletins", Map.of("periodKind", "MONTH",
                "month", TODAY.plusMonths(2).toString().substring(0, 7), "scopeKind", "ALL"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("message").asString()).contains("尚未开始");

        Api.Response noTag = office.post("/api/bulletins", Map.of("periodKind", "MONTH", "month", "2026-06",
                "scopeKind", "TAG", "tag", " "));
        assertThat(noTag.status()).isEqualTo(400);
        assertThat(noTag.body().get("fields").get(0).get("field").asString()).isEqualTo("tag");
        Api.Response badMonth = office.post("/api/bulletins", Map.of("periodKind", "MONTH", "month", "六月",
                "scopeKind", "ALL"));
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.body().get("fields").get(0).get("field").asString()).isEqualTo("month");
    }

    @Test
    void aPeriodWithNoTasksIsAClearValidBulletinThatCanBePublished() {
        JsonNode empty = generate(Map.of("periodKind", "CUSTOM", "from", "2025-12-01", "to", "2025-12-31",
                "scopeKind", "TAG", "tag", tag));
        assertThat(empty.get("content").get("totals").get("total").asInt()).isZero();
        assertThat(empty.get("content").get("summary").asString())
                .isEqualTo("截至2025年12月31日，“" + tag + "”类工作中，没有纳入本期通报的任务（期末前已交办且未在本期之前终止的任务为零），本期无统计数据。");
        Api.Response published = office.post("/api/bulletins/" + empty.get("id").asLong() + "/publish", Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        assertThat(office.download("/api/bulletins/" + empty.get("id").asLong() + "/docx").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBrokenTemplatePublishesNothingAndUsesNoNumber() throws Exception {
        long id = generate(june()).get("id").asLong();
        Integer before = jdbc.sql("select last_number from bulletin_issue_counter where year = ?")
                .param(TODAY.getYear()).query(Integer.class).optional().orElse(0);
        byte[] broken = brokenTemplate();
        // A template that passed an older check (stored directly): publishing must still refuse it.
        jdbc.sql("insert into bulletin_template (original_name, content, uploaded_by) values ('旧模板.docx', ?, 'x')")
                .param(broken).update();
        try {
            Api.Response r = office.post("/api/bulletins/" + id + "/publish", Map.of());
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body().get("message").asString()).contains("通报Word模板有误，通报未发布")
                    .contains("模板中有无法识别的占位符：${签发人}");
            assertThat(office.get("/api/bulletins/" + id).body().get("status").asString()).isEqualTo("DRAFT");
            assertThat(jdbc.sql("select last_number from bulletin_issue_counter where year = ?")
                    .param(TODAY.getYear()).query(Integer.class).optional().orElse(0)).isEqualTo(before);
            // The upload refuses it too, naming the problem.
            Api.Response upload = office.multipart("/api/bulletins/template", Map.of(),
                    List.of(new Api.Upload("新模板.docx", broken)));
            assertThat(upload.status()).isEqualTo(400);
            assertThat(upload.body().get("message").asString()).contains("模板有误，未保存").contains("${签发人}");
        } finally {
            jdbc.sql("delete from bulletin_template").update();
        }
        assertThat(office.post("/api/bulletins/" + id + "/publish", Map.of()).status()).isEqualTo(200);
    }

    /** A template with every required placeholder and one nobody knows (${签发人}). */
    static byte[] brokenTemplate() throws java.io.IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var p = doc.createParagraph();
            p.createRun().setText("${标题}${期号}${统计期间}");
            p.createRun().setText("签发：${签发");
            p.createRun().setText("人}");
            doc.createTable(1, 1).getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("${单位.名称}");
            var out = new java.io.ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aDraftWhosePastWasCorrectedWithoutATrailMustBeRegeneratedBeforePublishing() {
        JsonNode draft = generate(june());
        long id = draft.get("id").asLong();
        // A correction written around the services: D's June reports said 5 %, not 60 and 70 %.
        jdbc.sql("update progress_report set cumulative = 5 where task_id = ?").param(d).update();
        Api.Response refused = office.post("/api/bulletins/" + id + "/publish", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("message").asString()).contains("请先“重新生成”核对后再发布");
        assertThat(office.get("/api/bulletins/" + id).body().get("status").asString()).isEqualTo("DRAFT");

        Api.Response regenerated = office.post("/api/bulletins/" + id + "/regenerate", Map.of());
        assertThat(regenerated.body().get("content").get("totals").get("behind").asInt())
                .isEqualTo(draft.get("content").get("totals").get("behind").asInt() + 1);
        assertThat(office.post("/api/bulletins/" + id + "/publish", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void aStaleVersionIsAConflict() {
        JsonNode draft = generate(june());
        long id = draft.get("id").asLong();
        int v = draft.get("version").asInt();
        assertThat(office.put("/api/bulletins/" + id, Map.of("title", "新标题", "requirements", "", "version", v))
                .status()).isEqualTo(200);
        Api.Response stale = office.post("/api/bulletins/" + id + "/publish", Map.of("version", v));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(office.get("/api/bulletins/" + id).body().get("status").asString()).isEqualTo("DRAFT");
        Api.Response blank = office.put("/api/bulletins/" + id, Map.of("title", " ", "version", v + 1));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("fields").get(0).get("field").asString()).isEqualTo("title");
        assertThat(office.delete("/api/bulletins/" + id + "?version=" + (v + 1)).status()).isEqualTo(204);
        assertThat(office.get("/api/bulletins/" + id).status()).isEqualTo(404);
    }
}
