package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 我的待办 (issue 12): each person's list, scoped, oldest first, with the counts the menu and the home page show; the
 * role matrix of the new endpoints.
 */
@LuoshiIntegrationTest
class TodoTests {

    @LocalServerPort
    int port;

    private static List<JsonNode> items(Api who) {
        Api.Response r = who.get("/api/todo");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.body().get("items").forEach(out::add);
        assertThat(r.body().get("total").asInt()).isEqualTo(out.size());
        return out;
    }

    private static boolean lists(List<JsonNode> items, String group, String title) {
        return items.stream().anyMatch(i -> i.get("group").asString().equals(group)
                && i.get("title").asString().equals(title));
    }

    @Test
    void aNewTaskWaitsInTheLeadUnitsTodoOnlyAndAnExtensionInTheOfficesThenTheDecisionClearsIt() {
        LedgerFixture fx = new LedgerFixture(port);
        String title = "待办测试" + System.nanoTime() % 100_000;
        long task = Tasks.create(port, title, "住建");
        Api unit = Api.as(port, "zhujian");
        assertThat(lists(items(unit), "待签收", title)).isTrue();
        assertThat(lists(items(Api.as(port, "zhujian2")), "待签收", title)).isTrue();
        assertThat(lists(items(Api.as(port, "fagai")), "待签收", title)).as("another unit").isFalse();

        fx.accept(task, "zhujian");
        assertThat(lists(items(unit), "待签收", title)).as("签收 clears it").isFalse();

        Api office = fx.supervisor();
        Api.Response r = unit.post("/api/tasks/" + task + "/extensions", Map.of("proposedDeadline",
                cn.luoshi.support.TestClock.today().plusDays(200).toString(), "reason", "征迁", "currentProgress", "过半"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        List<JsonNode> officeItems = items(office);
        assertThat(lists(officeItems, "待审核", title)).isTrue();
        assertThat(office.get("/api/todo").body().get("counts").get("待审核").asInt()).isPositive();
        // Oldest first.
        List<Instant> since = officeItems.stream().map(i -> Instant.parse(i.get("since").asString())).toList();
        assertThat(since).isSorted();

        Api.Response no = office.post("/api/tasks/" + task + "/extensions/" + r.id() + "/refuse",
                Map.of("reason", "按原计划推进"));
        assertThat(no.status()).as(no.raw()).isEqualTo(200);
        assertThat(lists(items(office), "待审核", title)).isFalse();
    }

    @Test
    void anInstructionWaitsForTheLeadUnitsReply() {
        String title = "待办批示" + System.nanoTime() % 100_000;
        long task = Tasks.create(port, title, "住建");
        Api.Response i = Api.as(port, "lingdao").post("/api/tasks/" + task + "/instructions", Map.of("text", "抓紧推进"));
        assertThat(i.status()).as(i.raw()).isEqualTo(201);
        List<JsonNode> todo = items(Api.as(port, "zhujian"));
        assertThat(lists(todo, "待回复", title)).isTrue();
        assertThat(todo.stream().filter(n -> n.get("title").asString().equals(title)
                && n.get("group").asString().equals("待回复")).findFirst().orElseThrow().get("detail").asString())
                .startsWith("张卫东（").doesNotContain("lingdao");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "duchashi", "lingdao", "zhujian", "zhujian2", "caizheng", "fagai", "tongji"})
    void everyRoleHasItsOwnTodoPageAndJson(String user) throws Exception {
        Api who = Api.as(port, user);
        assertThat(who.get("/api/todo").status()).isEqualTo(200);
        var page = who.download("/todo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("我的待办");
        assertThat(who.download("/todo/summary").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "duchashi", "lingdao", "zhujian", "zhujian2", "caizheng", "fagai", "tongji"})
    void thePrintViewOfTheLedgerIsScopedLikeTheList(String user) {
        String title = "打印范围" + System.nanoTime() % 100_000;
        Tasks.create(port, title, "住建");
        var page = Api.as(port, user).download("/tasks/print?paper=A3");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("督查督办任务台账").contains("size: A3 landscape").doesNotContain("navbar");
        boolean seesZhujian = !user.equals("fagai"); // 财政 co-operates on the fixture's tasks
        assertThat(html.contains(title)).as(user).isEqualTo(seesZhujian);
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    /** Issue 12: 报送进展 carries files (a phone's photo, PDF, Office), checked as evidence is. */
    @Test
    void aProgressReportCarriesAPhotoCheckedAsEvidenceIs() {
        LedgerFixture fx = new LedgerFixture(port);
        String title = "进展附件" + System.nanoTime() % 100_000;
        long task = Tasks.create(port, title, "住建");
        fx.accept(task, "zhujian");
        Api unit = Api.as(port, "zhujian");
        Map<String, String> fields = Map.of("reportedOn", cn.luoshi.support.TestClock.today().toString(),
                "cumulative", "3", "narrative", "现场已开工");
        // A file whose content is not what its name says is refused, and nothing is stored.
        Api.Response bad = unit.multipart("/tasks/" + task + "/reports", fields,
                List.of(new Api.Upload("现场.png", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("现场.png");
        Api.Response ok = unit.multipart("/tasks/" + task + "/reports", fields,
                List.of(new Api.Upload("现场照片.png", PNG)));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(302);
        var page = unit.download("/tasks/" + task);
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("data-testid=\"report-files\"").contains("现场照片.png");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/tasks/" + task + "/attachments/(\\d+)").matcher(html);
        assertThat(m.find()).isTrue();
        var file = unit.download("/tasks/" + task + "/attachments/" + m.group(1));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PNG);
        // Another unit cannot fetch it.
        assertThat(Api.as(port, "fagai").download("/tasks/" + task + "/attachments/" + m.group(1)).statusCode())
                .isEqualTo(404);
    }

    /** 领导视图: the leader's own tasks with lights and 需领导协调; the 督查室 sees it per leader; units may not. */
    @Test
    void aLeaderSeesHisTasksAndWhatNeedsHimAndTheOfficeSeesItPerLeader() {
        LedgerFixture fx = new LedgerFixture(port);
        String title = "领导协调" + System.nanoTime() % 100_000;
        long task = Tasks.create(port, title, "住建"); // 牵头区领导 张卫东
        fx.accept(task, "zhujian");
        Api.Response r = Api.as(port, "zhujian").post("/api/tasks/" + task + "/reports", Map.of(
                "reportedOn", cn.luoshi.support.TestClock.today().toString(), "cumulative", 2,
                "narrative", "征迁推进中", "difficulties", "需协调供电公司迁改线路", "needsCoordination", true));
        assertThat(r.status()).as(r.raw()).isIn(200, 201);

        var mine = Api.as(port, "lingdao").download("/leader");
        assertThat(mine.statusCode()).isEqualTo(200);
        String html = new String(mine.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("张卫东（副区长）").contains(title).contains("需协调供电公司迁改线路")
                .contains("待审批");
        var office = Api.as(port, "duchashi").download("/leader?personId=" + fx.leaderId("张卫东"));
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(new String(office.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(title)
                .contains("leader-picker");
        assertThat(Api.as(port, "zhujian").download("/leader").statusCode()).isEqualTo(403);
        assertThat(Api.as(port, "tongji").download("/leader").statusCode()).isEqualTo(200);
    }

    @Test
    void theTodoNeedsAUser() {
        assertThat(Api.anonymous(port).get("/api/todo").status()).isEqualTo(401);
    }
}
