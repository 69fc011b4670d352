package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** 外部预警: another module's finding lifts an open task's light, names itself in the reason, and goes away again. */
@LuoshiIntegrationTest
class TaskFindingsTests {

    @LocalServerPort
    int port;

    @Autowired
    TaskFindings findings;

    @Autowired
    TransactionTemplate tx;

    LedgerFixture fixture;
    Api office;
    final LocalDate today = TestClock.today();

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        office = fixture.supervisor();
    }

    private long greenTask(String title) {
        long d = fixture.directive("外部预警-" + title);
        Map<String, Object> body = fixture.taskBody(title, "住建");
        body.put("startDate", today.minusDays(10).toString());
        body.put("deadline", today.plusDays(200).toString());
        body.put("targetValue", null);
        body.put("targetUnit", null);
        Api.Response r = office.post("/api/directives/" + d + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        long id = r.id();
        fixture.accept(id, "zhujian");
        Api.Response rep = Api.as(port, "zhujian").post("/api/tasks/" + id + "/reports",
                Map.of("reportedOn", today.toString(), "cumulative", 50, "narrative", "推进中"));
        assertThat(rep.status()).as(rep.raw()).isEqualTo(201);
        return id;
    }

    private JsonNode light(long task) {
        Api.Response r = office.get("/api/tasks/" + task + "/light");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    @Test
    void aFindingLiftsTheLightAfterCommitAndClearingItPutsItBack() {
        long t = greenTask("固投");
        assertThat(light(t).get("light").asString()).isEqualTo("GREEN");

        tx.executeWithoutResult(s -> findings.raise(t, "indicators", "FAI", FindingLevel.YELLOW,
                "固定资产投资增速低于全市平均1.7个百分点", "/indicators/FAI"));
        JsonNode l = light(t);
        assertThat(l.get("light").asString()).isEqualTo("YELLOW");
        assertThat(l.get("reason").asString()).contains("固定资产投资增速低于全市平均1.7个百分点");
        assertThat(office.get("/tasks/" + t).raw()).contains("外部预警").contains("/indicators/FAI");

        tx.executeWithoutResult(s -> findings.raise(t, "projects", "P1", FindingLevel.RED, "投资完成率落后序时32个百分点",
                null));
        assertThat(light(t).get("light").asString()).isEqualTo("RED");
        assertThat(findings.on(t)).extracting(TaskFindings.Finding::level)
                .containsExactly(FindingLevel.RED, FindingLevel.YELLOW);

        tx.executeWithoutResult(s -> findings.replaceAll("projects", List.of()));
        assertThat(light(t).get("light").asString()).isEqualTo("YELLOW");
        tx.executeWithoutResult(s -> findings.clear(t, "indicators", "FAI"));
        l = light(t);
        assertThat(l.get("light").asString()).isEqualTo("GREEN");
        assertThat(l.get("reason").asString()).doesNotContain("固定资产投资");
    }

    @Test
    void aFindingThatRollsBackLeavesNoTrace() {
        long t = greenTask("回滚");
        try {
            tx.executeWithoutResult(s -> {
                findings.raise(t, "indicators", "GDP", FindingLevel.RED, "生产总值增速低于全市平均1个百分点", null);
                throw new IllegalStateException("rollback");
            });
        } catch (IllegalStateException expected) {
            // the source's change failed
        }
        assertThat(findings.on(t)).isEmpty();
        assertThat(light(t).get("light").asString()).isEqualTo("GREEN");
    }

    @Test
    void aFullPassKeepsTheFinding() {
        long t = greenTask("全量");
        tx.executeWithoutResult(s -> findings.raise(t, "indicators", "RETAIL", FindingLevel.YELLOW,
                "社会消费品零售总额增速低于全市平均0.2个百分点", null));
        Api.Response r = office.post("/api/lights/recompute", Map.of());
        assertThat(r.status()).as(r.raw()).isIn(200, 202, 204);
        assertThat(light(t).get("light").asString()).isEqualTo("YELLOW");
    }
}
