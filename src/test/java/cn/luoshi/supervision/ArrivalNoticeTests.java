package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 到达通知 (issue 12): work reaches the recipient's bell within the request that made it — no reminder pass runs in
 * these tests. A 督办单 and a 批示 reach the lead unit; its 回复 reaches the leader who wrote the 批示; a 延期申请
 * reaches the 督查室 and the decision the unit.
 */
@LuoshiIntegrationTest
class ArrivalNoticeTests {

    @LocalServerPort
    int port;

    private static int unread(Api who) {
        Api.Response r = who.get("/api/notifications/unread-count");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().get("unread").asInt();
    }

    private static List<JsonNode> unreadNotices(Api who) {
        Api.Response r = who.get("/api/notifications?unreadOnly=true&size=100");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.body().get("rows").forEach(out::add);
        return out;
    }

    private static boolean has(List<JsonNode> notices, String label, String text) {
        return notices.stream().anyMatch(n -> n.get("causeLabel").asString().equals(label)
                && n.get("text").asString().contains(text));
    }

    @Test
    void aSupervisionOrderReachesTheUnitsBellAtOnce() {
        SupervisionFixture fx = new SupervisionFixture(port);
        long task = fx.redTask("到达通知：督办单" + System.nanoTime() % 100_000, "住建");
        Api unit = fx.as("zhujian");
        int before = unread(unit);

        Api.Response order = fx.issue(task);
        assertThat(order.status()).as(order.raw()).isEqualTo(201);

        assertThat(unread(unit)).isEqualTo(before + 1);
        assertThat(unreadNotices(unit)).anySatisfy(n -> {
            assertThat(n.get("causeLabel").asString()).isEqualTo("督办单");
            assertThat(n.get("text").asString()).contains(order.body().get("number").asString()).contains("办复");
            assertThat(n.get("link").asString()).isEqualTo("/supervision/orders/" + order.id());
        });
        // ... and it waits in the unit's 待办 until answered.
        Api.Response todo = unit.get("/api/todo");
        assertThat(todo.status()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        todo.body().get("items").forEach(items::add);
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("group").asString()).isEqualTo("待办复");
            assertThat(i.get("link").asString()).isEqualTo("/supervision/orders/" + order.id());
        });
        // Another unit hears nothing of it.
        assertThat(unreadNotices(fx.as("fagai"))).noneMatch(n -> n.get("text").asString()
                .contains(order.body().get("number").asString()));
    }

    @Test
    void anInstructionReachesTheLeadUnitAndItsReplyTheLeader() {
        SupervisionFixture fx = new SupervisionFixture(port);
        String title = "到达通知：批示" + System.nanoTime() % 100_000;
        long task = fx.greenTask(title, "住建");
        Api unit = fx.as("zhujian");
        Api leader = fx.as("lingdao");
        int unitBefore = unread(unit);

        Api.Response i = leader.post("/api/tasks/" + task + "/instructions", Map.of("text", "请加快进度，月底前见成效"));
        assertThat(i.status()).as(i.raw()).isEqualTo(201);

        assertThat(unread(unit)).isEqualTo(unitBefore + 1);
        assertThat(has(unreadNotices(unit), "领导批示", "请加快进度")).isTrue();
        assertThat(has(unreadNotices(unit), "领导批示", "张卫东")).as("the leader by name, not by login").isTrue();

        int leaderBefore = unread(leader);
        Api.Response reply = unit.post("/api/tasks/" + task + "/instructions/" + i.id() + "/reply",
                Map.of("text", "已部署，月底前完成主体工程"));
        assertThat(reply.status()).as(reply.raw()).isIn(200, 201);
        assertThat(unread(leader)).isEqualTo(leaderBefore + 1);
        assertThat(has(unreadNotices(leader), "批示回复", "已部署")).isTrue();
    }

    @Test
    void anExtensionRequestReachesTheOfficeAndTheDecisionTheUnit() {
        SupervisionFixture fx = new SupervisionFixture(port);
        String title = "到达通知：延期" + System.nanoTime() % 100_000;
        long task = fx.greenTask(title, "住建");
        fx.ledger.accept(task, "zhujian");
        Api unit = fx.as("zhujian");
        Api office = fx.office;
        int officeBefore = unread(office);

        Api.Response r = unit.post("/api/tasks/" + task + "/extensions", Map.of("proposedDeadline",
                SupervisionFixture.today().plusDays(120).toString(), "reason", "征地手续未完成",
                "currentProgress", "已完成方案设计"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(unread(office)).isEqualTo(officeBefore + 1);
        assertThat(has(unreadNotices(office), "延期申请", title)).isTrue();

        int unitBefore = unread(unit);
        Api.Response no = office.post("/api/tasks/" + task + "/extensions/" + r.id() + "/refuse",
                Map.of("reason", "请先按原计划推进"));
        assertThat(no.status()).as(no.raw()).isEqualTo(200);
        assertThat(unread(unit)).isEqualTo(unitBefore + 1);
        assertThat(has(unreadNotices(unit), "延期未同意", "请先按原计划推进")).isTrue();
    }
}
