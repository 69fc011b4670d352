package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.org.OfficeName;
import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Supervision through the API on the real database: inspection → 整改 → 销号 only with evidence; 督办单 issue →
 * response → closed, refused for a green task, numbered without gaps under concurrent issuing; scope (another unit
 * gets 404); stale versions (409); audit entries in the task's history.
 */
@LuoshiIntegrationTest
class SupervisionApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    OpenItems openItems;

    SupervisionFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SupervisionFixture(port);
    }

    // ---- 整改 -----------------------------------------------------------------------------------------------------

    @Test
    void anInspectionOpensAnItemThatTheOwnerUnitWorksOnAndTheOfficeClosesWithEvidence() {
        long task = fx.redTask("改造老旧小区30个", "住建");
        Api.Response inspection = fx.inspect(fx.group(), task, List.of(new Api.Upload("现场照片.png", SupervisionFixture.PNG)));
        assertThat(inspection.status()).as(inspection.raw()).isEqualTo(201);
        assertThat(inspection.body().get("unitName").asString()).isEqualTo("住建");
        assertThat(inspection.body().get("taskTitle").asString()).isEqualTo("改造老旧小区30个");
        JsonNode view = fx.office.get("/api/supervision/inspections/" + inspection.id()).body();
        assertThat(view.get("files").get(0).get("originalName").asString()).isEqualTo("现场照片.png");
        assertThat(view.get("files").get(0).get("sha256").asString()).hasSize(64);

        Api.Response item = fx.office.post("/api/supervision/inspections/" + inspection.id() + "/rectifications",
                Map.of("title", "未开工点位倒排工期", "ownerUnitId", fx.ledger.unitId("住建"),
                        "deadline", SupervisionFixture.today().plusDays(20).toString()));
        assertThat(item.status()).as(item.raw()).isEqualTo(201);
        long id = item.id();
        assertThat(item.body().get("status").asString()).isEqualTo("OPEN");

        Api unit = fx.as("zhujian");
        JsonNode mine = unit.get("/api/supervision/rectifications?openOnly=true").body().get("rows");
        assertThat(ids(mine, "item")).contains(id);
        assertThat(unit.get("/api/supervision/rectifications/" + id).body().get("light").get("light").asString())
                .isEqualTo("GREEN");
        assertThat(unit.post("/api/supervision/rectifications/" + id + "/start", Map.of("version", 0)).status())
                .isEqualTo(200);
        Api.Response progress = unit.post("/api/supervision/rectifications/" + id + "/progress",
                Map.of("progressPercent", 60, "note", "已核实12个点位", "version", 1));
        assertThat(progress.status()).as(progress.raw()).isEqualTo(200);
        assertThat(progress.body().get("status").asString()).isEqualTo("IN_PROGRESS");

        // Reported done without evidence: refused, nothing changes.
        Api.Response bare = unit.multipart("/api/supervision/rectifications/" + id + "/submit",
                Map.of("summary", "已整改完毕", "version", "2"), List.of());
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.body().get("fields").get(0).get("field").asString()).isEqualTo("files");
        assertThat(bare.body().get("message").asString()).contains("销号须有佐证");
        assertThat(unit.get("/api/supervision/rectifications/" + id).body().get("item").get("status").asString())
                .isEqualTo("IN_PROGRESS");

        Api.Response submitted = unit.multipart("/api/supervision/rectifications/" + id + "/submit",
                Map.of("summary", "台账已更新，未开工点位已明确开工时间", "version", "2"),
                List.of(new Api.Upload("整改报告.pdf", SupervisionFixture.PDF)));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("RECTIFIED");
        assertThat(unit.multipart("/api/supervision/rectifications/" + id + "/close", Map.of("version", "3"),
                List.of()).status()).as("a unit does not close its own item").isEqualTo(403);

        Api.Response closed = fx.office.multipart("/api/supervision/rectifications/" + id + "/close",
                Map.of("comment", "经复核整改到位", "version", "3"), List.of());
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        JsonNode done = fx.office.get("/api/supervision/rectifications/" + id).body();
        assertThat(done.get("light").get("light").asString()).isEqualTo("BLUE");
        assertThat(done.get("files").get(0).get("originalName").asString()).isEqualTo("整改报告.pdf");
        assertThat(openItems.openRectifications()).noneMatch(r -> r.id() == id);

        // Every step is in the task's history, in words.
        List<String> history = summaries(fx.office.get("/api/tasks/" + task + "/history").body());
        assertThat(history).anyMatch(s -> s.contains("督导检查住建") && s.contains("进展评价「滞后」"))
                .anyMatch(s -> s.startsWith("测试督查组") && s.contains("交办整改事项「未开工点位倒排工期」给住建"))
                .anyMatch(s -> s.equals("整改事项「未开工点位倒排工期」开始整改"))
                .anyMatch(s -> s.contains("报送整改结果（佐证材料：整改报告.pdf）"))
                .anyMatch(s -> s.contains("整改事项销号：经复核整改到位"));
    }

    @Test
    void anItemWaitingForClosureIsJudgedByTheDayItWasReportedNotByTodayUntilItIsSentBack() {
        long task = fx.redTask("拆除违建点位8处", "住建");
        long id = fx.rectification(task).id();
        Api unit = fx.as("zhujian");
        Api.Response submitted = unit.multipart("/api/supervision/rectifications/" + id + "/submit",
                Map.of("summary", "8处违建已全部拆除", "evidenceNote", "第一督查组现场核查记录存档", "version", "0"),
                List.of());
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        LocalDate today = SupervisionFixture.today();
        // The deadline passed long ago; the unit reported the result the day before it: nothing to chase.
        LocalDate deadline = calendars.current().addWorkingDays(today, -10);
        jdbc.sql("update rectification set opened_on = ?, deadline = ?, submitted_on = ? where id = ?")
                .params(deadline.minusDays(30), deadline, deadline.minusDays(1), id).update();
        JsonNode light = fx.office.get("/api/supervision/rectifications/" + id).body().get("light");
        assertThat(light.get("light").asString()).isEqualTo("GREEN");
        assertThat(light.get("reason").asString()).isEqualTo("已按期整改，待销号");
        assertThat(light.get("countdown").isNull()).isTrue();
        // Reported three working days late: yellow, and it says so, however long the office takes.
        jdbc.sql("update rectification set submitted_on = ? where id = ?")
                .params(calendars.current().addWorkingDays(deadline, 3), id).update();
        light = fx.office.get("/api/supervision/rectifications/" + id).body().get("light");
        assertThat(light.get("light").asString()).isEqualTo("YELLOW");
        assertThat(light.get("reason").asString()).isEqualTo("超期3个工作日整改，待销号");
        assertThat(ids(fx.office.get("/api/supervision/rectifications?light=RED&size=200").body().get("rows"), "item"))
                .doesNotContain(id);
        // Sent back: the unit has work again and is judged against today — overdue, red; the report no longer dates it.
        Api.Response back = fx.office.post("/api/supervision/rectifications/" + id + "/return",
                Map.of("reason", "现场仍有2处未拆除", "version", 1));
        assertThat(back.status()).as(back.raw()).isEqualTo(200);
        JsonNode after = fx.office.get("/api/supervision/rectifications/" + id).body();
        assertThat(after.get("item").get("submittedOn").isNull()).isTrue();
        assertThat(after.get("light").get("light").asString()).isEqualTo("RED");
        int overdue = calendars.current().workingDaysBetween(deadline, today); // 10, or 9 on a day off
        assertThat(after.get("light").get("reason").asString()).startsWith("已逾期" + overdue + "个工作日");
    }

    @Test
    void theOfficeCannotCloseAnItemWithoutEvidenceButMayWithAVerificationNote() {
        long task = fx.redTask("整治背街小巷10条", "住建");
        long id = fx.rectification(task).id();
        Api.Response refused = fx.office.multipart("/api/supervision/rectifications/" + id + "/close",
                Map.of("comment", "同意销号"), List.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("整改情况不能为空").contains("销号须有佐证");
        assertThat(fx.office.get("/api/supervision/rectifications/" + id).body().get("item").get("status").asString())
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = '整改事项' and entity_id = ?")
                .param(id).query(Integer.class).single()).as("only the opening is audited").isEqualTo(1);

        Api.Response closed = fx.office.multipart("/api/supervision/rectifications/" + id + "/close",
                Map.of("summary", "督查组复查，台账已与现场一致", "evidenceNote", "第一督查组现场核查记录（纸质存档）"), List.of());
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("evidenceNote").asString()).isEqualTo("第一督查组现场核查记录（纸质存档）");
    }

    @Test
    void anotherUnitDoesNotSeeTheItemAndAStaleVersionIsRefused() {
        long task = fx.redTask("棚户区改造200户", "住建");
        long id = fx.rectification(task).id();
        Api other = fx.as("caizheng");
        assertThat(other.get("/api/supervision/rectifications/" + id).status()).isEqualTo(404);
        assertThat(other.post("/api/supervision/rectifications/" + id + "/start", Map.of()).status()).isEqualTo(404);
        assertThat(ids(other.get("/api/supervision/rectifications").body().get("rows"), "item")).doesNotContain(id);

        Api unit = fx.as("zhujian");
        assertThat(unit.post("/api/supervision/rectifications/" + id + "/start", Map.of("version", 0)).status())
                .isEqualTo(200);
        Api.Response stale = fx.as("zhujian2").post("/api/supervision/rectifications/" + id + "/progress",
                Map.of("progressPercent", 10, "note", "开始", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("message").asString()).contains("已被他人修改");
        assertThat(unit.post("/api/supervision/rectifications/" + id + "/start", Map.of()).status())
                .as("started twice").isEqualTo(409);
    }

    // ---- 督办单 ---------------------------------------------------------------------------------------------------

    @Test
    void anOrderIsIssuedForARedTaskAnsweredByTheLeadUnitAndClosedByTheOffice() {
        long task = fx.redTask("新建停车泊位500个", "住建");
        Api.Response issued = fx.issue(task);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        long id = issued.id();
        int year = SupervisionFixture.today().getYear();
        OrderNumber number = OrderNumber.parse(issued.body().get("number").asString());
        assertThat(number.year()).isEqualTo(year);
        assertThat(issued.body().get("unitName").asString()).isEqualTo("住建");
        assertThat(issued.body().get("light").asString()).isEqualTo("RED");
        assertThat(issued.body().get("status").asString()).isEqualTo("ISSUED");
        assertThat(LocalDate.parse(issued.body().get("responseDue").asString()))
                .isEqualTo(calendars.current().addWorkingDays(SupervisionFixture.today(), 5));
        assertThat(openItems.openOrders()).anyMatch(o -> o.id() == id && o.taskId() == task
                && o.number().equals(number.text()));
        assertThat(fx.issue(task).status()).as("one open order per task").isEqualTo(409);

        Api unit = fx.as("zhujian");
        assertThat(unit.get("/api/supervision").body().get("pendingOrders").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(ids(unit.get("/api/supervision/orders?status=ISSUED").body().get("rows"), null)).contains(id);
        assertThat(fx.as("caizheng").get("/api/supervision/orders/" + id).status()).isEqualTo(404);
        assertThat(fx.as("caizheng").multipart("/api/supervision/orders/" + id + "/respond",
                Map.of("response", "x"), List.of()).status()).isEqualTo(404);
        assertThat(fx.as("tongji").get("/api/supervision/orders/" + id).status()).isEqualTo(200);
        assertThat(fx.as("tongji").multipart("/api/supervision/orders/" + id + "/respond",
                Map.of("response", "x"), List.of()).status()).isEqualTo(403);
        assertThat(fx.office.post("/api/supervision/orders/" + id + "/close", Map.of()).status())
                .as("nothing to confirm before the answer").isEqualTo(409);

        assertThat(unit.multipart("/api/supervision/orders/" + id + "/respond",
                Map.of("response", "已制定整改方案", "version", "7"), List.of()).status()).isEqualTo(409);
        Api.Response answered = unit.multipart("/api/supervision/orders/" + id + "/respond",
                Map.of("response", "已制定泊位建设倒排计划，12月底前完成300个", "version", "0"),
                List.of(new Api.Upload("倒排计划.pdf", SupervisionFixture.PDF)));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        assertThat(answered.body().get("status").asString()).isEqualTo("RESPONDED");
        assertThat(openItems.openOrders()).noneMatch(o -> o.id() == id);

        Api.Response back = fx.office.post("/api/supervision/orders/" + id + "/return",
                Map.of("reason", "请补充资金保障措施", "responseDays", 3));
        assertThat(back.status()).as(back.raw()).isEqualTo(200);
        assertThat(back.body().get("status").asString()).isEqualTo("ISSUED");
        assertThat(back.body().get("returnedCount").asInt()).isEqualTo(1);
        assertThat(LocalDate.parse(back.body().get("responseDue").asString()))
                .isEqualTo(calendars.current().addWorkingDays(SupervisionFixture.today(), 3));

        assertThat(unit.multipart("/api/supervision/orders/" + id + "/respond",
                Map.of("response", "资金已列入年度预算调整", "version", "" + back.version()), List.of()).status())
                .isEqualTo(200);
        Api.Response closed = fx.office.post("/api/supervision/orders/" + id + "/close", Map.of("reason", "同意"));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        JsonNode view = fx.office.get("/api/supervision/orders/" + id).body();
        assertThat(view.get("files").get(0).get("originalName").asString()).isEqualTo("倒排计划.pdf");
        assertThat(view.get("can").get("close").asBoolean()).isFalse();

        // The order is in the task's history, in words, and on the task's supervision page.
        List<String> history = summaries(fx.office.get("/api/tasks/" + task + "/history").body());
        assertThat(history).contains("下发督办单" + number.text() + "，承办单位住建，请于5个工作日内（"
                        + issued.body().get("responseDue").asString() + "前）办复")
                .anyMatch(s -> s.startsWith("住建办复督办单" + number.text() + "（附件：倒排计划.pdf）"))
                .anyMatch(s -> s.startsWith("督办单" + number.text() + "办复被退回重办：请补充资金保障措施"))
                .contains("督办单" + number.text() + "已办复，办结：同意");
        JsonNode entry = fx.office.get("/api/tasks/" + task + "/history").body().get(0);
        assertThat(entry.get("entityType").asString()).isEqualTo("督办单");
        assertThat(entry.get("actor").asString()).isEqualTo("孙丽（督查室）");
        JsonNode page = fx.as("zhujian").get("/api/supervision/tasks/" + task).body();
        assertThat(page.get("orders").get(0).get("number").asString()).isEqualTo(number.text());
        assertThat(page.get("canIssue").asBoolean()).isFalse();
    }

    @Test
    void theOrderPrintsAsAPdfWithItsNumberAndUnitForThoseWhoMaySeeIt() throws Exception {
        long task = fx.redTask("打通断头路3条", "住建");
        Api.Response issued = fx.issue(task);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        var pdf = fx.office.download("/api/supervision/orders/" + issued.id() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // The document's 发文字号 is the number without 第 (GB/T 9704-2012 §7.2.5), under the office's name.
            String documentNumber = issued.body().get("number").asString().replace("〕第", "〕");
            assertThat(text).contains(documentNumber).contains("区住房和城乡建设局")
                    .contains("打通断头路3条").contains("办理情况")
                    .contains(OfficeName.DEFAULT + documentNumber);
        }
        // The issue form proposes sending the answer to the same office.
        assertThat(fx.office.get("/api/supervision/orders/draft?taskId=" + task).body().get("form")
                .get("requirement").asString()).endsWith("书面报" + OfficeName.DEFAULT + "。");
        assertThat(fx.as("zhujian").download("/api/supervision/orders/" + issued.id() + "/pdf").statusCode())
                .isEqualTo(200);
        assertThat(fx.as("fagai").download("/api/supervision/orders/" + issued.id() + "/pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void noOrderIsIssuedForAGreenTaskNorByAUnitNorForATaskOutOfScope() {
        long green = fx.greenTask("开展文明交通宣传", "住建");
        Api.Response refused = fx.issue(green);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("message").asString()).contains("只有亮黄灯或红灯的任务可以下发督办单")
                .contains("绿灯");
        assertThat(fx.office.get("/api/supervision/orders/draft?taskId=" + green).body().get("issuable").asBoolean())
                .isFalse();

        long red = fx.redTask("完成雨污分流改造", "住建");
        assertThat(fx.as("zhujian").post("/api/supervision/orders", Map.of("taskId", red, "basis", "b",
                "requirement", "r", "responseDays", 5, "signer", "赵刚")).status()).isEqualTo(403);
        assertThat(fx.as("fagai").post("/api/supervision/orders", Map.of("taskId", red, "basis", "b",
                "requirement", "r", "responseDays", 5, "signer", "吴磊")).status()).as("404 before 403").isEqualTo(404);
        Api.Response invalid = fx.office.post("/api/supervision/orders", Map.of("taskId", red, "basis", "",
                "requirement", "r", "responseDays", 90, "signer", "孙丽"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.raw()).contains("督办依据不能为空").contains("办复时限须为1—60个工作日");
        assertThat(jdbc.sql("select count(*) from supervision_order where task_id = ?").param(red)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void numbersAreGapFreeUnderConcurrentIssuing() throws Exception {
        long a = fx.redTask("并发督办甲", "住建");
        long b = fx.redTask("并发督办乙", "财政");
        int before = jdbc.sql("select coalesce(max(seq), 0) from supervision_order where year = ?")
                .param(SupervisionFixture.today().getYear()).query(Integer.class).single();
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Api.Response>> runs = new ArrayList<>();
        for (long task : new long[] {a, b}) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return fx.issue(task);
            }));
        }
        List<Integer> seqs = new ArrayList<>();
        for (CompletableFuture<Api.Response> run : runs) {
            Api.Response r = run.get(60, TimeUnit.SECONDS);
            assertThat(r.status()).as(r.raw()).isEqualTo(201);
            seqs.add(OrderNumber.parse(r.body().get("number").asString()).seq());
        }
        assertThat(seqs).containsExactlyInAnyOrder(before + 1, before + 2);
        assertThat(jdbc.sql("select last_seq from supervision_order_counter where year = ?")
                .param(SupervisionFixture.today().getYear()).query(Integer.class).single()).isEqualTo(before + 2);

        // A refused issue (a green task) does not use up a number.
        fx.issue(fx.greenTask("绿灯不占号", "住建"));
        long c = fx.redTask("并发督办丙", "住建");
        assertThat(OrderNumber.parse(fx.issue(c).body().get("number").asString()).seq()).isEqualTo(before + 3);
    }

    @Test
    void groupsAreKeptByTheOfficeWithReadableHistory() {
        long id = fx.group();
        JsonNode g = fx.office.get("/api/supervision/groups/" + id).body();
        assertThat(g.get("leader").get("name").asString()).isEqualTo("孙丽");
        assertThat(g.get("units").get(0).get("shortName").asString()).isEqualTo("住建");
        assertThat(fx.as("zhujian").post("/api/supervision/groups", Map.of("name", "单位自建组",
                "leaderPersonId", fx.ledger.personId("赵刚"))).status()).isEqualTo(403);
        Api.Response stale = fx.office.put("/api/supervision/groups/" + id, Map.of("name", "改名督查组" + id,
                "leaderPersonId", fx.ledger.personId("孙丽"), "version", 5));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response renamed = fx.office.put("/api/supervision/groups/" + id, Map.of("name", "改名督查组" + id,
                "leaderPersonId", fx.ledger.personId("孙丽"), "unitIds", List.of(fx.ledger.unitId("财政")),
                "version", 0));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(jdbc.sql("""
                select after_state->>'联系单位' from audit_entry where entity_type = '督查组' and entity_id = ?
                order by id desc limit 1""").param(id).query(String.class).single()).isEqualTo("财政");
    }

    @Test
    void theDemoHasFiveGroupsCoveringTheCityUpgradeLeadUnits() {
        JsonNode groups = fx.office.get("/api/supervision/groups").body();
        List<String> names = new ArrayList<>();
        groups.forEach(g -> names.add(g.get("name").asString()));
        assertThat(names).contains("第一督查组", "第二督查组", "第三督查组", "第四督查组", "第五督查组");
        JsonNode first = fx.office.get("/api/supervision/groups/" + groups.get(0).get("id").asLong()).body();
        assertThat(first.get("members")).hasSize(2);
        assertThat(first.get("units").size()).isGreaterThanOrEqualTo(1);
        assertThat(first.get("leader").get("position").asString()).isEqualTo("组长");
    }

    private static List<Long> ids(JsonNode rows, String inner) {
        List<Long> out = new ArrayList<>();
        rows.forEach(r -> out.add((inner == null ? r : r.get(inner)).get("id").asLong()));
        return out;
    }

    private static List<String> summaries(JsonNode history) {
        List<String> out = new ArrayList<>();
        history.forEach(h -> out.add(h.get("summary").asString()));
        return out;
    }
}
