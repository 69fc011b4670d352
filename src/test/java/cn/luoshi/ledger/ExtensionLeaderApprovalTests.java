package cn.luoshi.ledger;

import cn.luoshi.ledger.internal.ExtensionPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.org.SystemUser;
import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 延期申请的领导审批, where the district configures it: 督查室 agrees, then the task's 牵头区领导 decides. */
@LuoshiIntegrationTest
class ExtensionLeaderApprovalTests {

    @LocalServerPort
    int port;

    @Autowired
    ExtensionPolicyService policies;

    @Autowired
    JdbcClient jdbc;

    LedgerFixture fixture;
    Api office;
    Api zhujian;
    Api lingdao;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        office = fixture.supervisor();
        zhujian = Api.as(port, "zhujian");
        lingdao = Api.as(port, "lingdao");
    }

    @AfterEach
    void backToTheDefault() {
        setPolicy(ExtensionPolicy.LeaderApproval.NONE, 20);
    }

    void setPolicy(ExtensionPolicy.LeaderApproval mode, int threshold) {
        var f = new ExtensionPolicyService.PolicyForm();
        f.leaderApproval = mode;
        f.thresholdWorkingDays = threshold;
        policies.update(f, SystemUser.INSTANCE);
    }

    long acceptedTask(String title, String leader) {
        Map<String, Object> body = new HashMap<>(fixture.taskBody(title, "住建"));
        body.put("leadLeaderId", leader == null ? null : fixture.leaderId(leader));
        long d = fixture.directive("测试来源-" + title);
        Api.Response r = office.post("/api/directives/" + d + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        fixture.accept(r.id(), "zhujian");
        return r.id();
    }

    long requestExtension(long taskId, String to) {
        Api.Response r = zhujian.post("/api/tasks/" + taskId + "/extensions",
                Map.of("proposedDeadline", to, "reason", "征迁未完成", "currentProgress", "主体已完工"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }

    JsonNode extension(long taskId) {
        return office.get("/api/tasks/" + taskId + "/workflow").body().get("extensions").get(0);
    }

    String deadline(long taskId) {
        return office.get("/api/tasks/" + taskId).body().get("deadline").asString();
    }

    @Test
    void withLeaderApprovalTheDeadlineMovesOnlyWhenTheLeaderAgrees() {
        setPolicy(ExtensionPolicy.LeaderApproval.ALL, 20);
        long id = acceptedTask("领导审批延期任务", "张卫东");
        long req = requestExtension(id, "2027-03-31");

        assertThat(lingdao.post("/api/tasks/" + id + "/extensions/" + req + "/approve", Map.of()).status())
                .as("the leader decides after the office, not before").isEqualTo(403);

        Api.Response first = office.post("/api/tasks/" + id + "/extensions/" + req + "/approve",
                Map.of("reason", "理由充分，拟同意"));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(deadline(id)).as("the office's agreement alone does not move it").isEqualTo("2026-12-31");
        assertThat(extension(id).get("status").asString()).isEqualTo("AWAITING_LEADER");
        assertThat(extension(id).get("reviewComment").asString()).isEqualTo("理由充分，拟同意");

        Api.Response leaderList = lingdao.get("/api/workflow/pending");
        assertThat(leaderList.body().findValuesAsString("taskId").stream().map(Long::parseLong).toList())
                .as("the leader's to-do list").contains(id);
        assertThat(office.post("/api/tasks/" + id + "/extensions/" + req + "/approve", Map.of()).status())
                .as("the office cannot decide twice").isEqualTo(403);
        assertThat(zhujian.post("/api/tasks/" + id + "/extensions", Map.of("proposedDeadline", "2027-02-01",
                "reason", "x", "currentProgress", "y")).status())
                .as("still one open request at a time").isEqualTo(409);

        Api.Response approved = lingdao.post("/api/tasks/" + id + "/extensions/" + req + "/approve",
                Map.of("reason", "同意"));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(deadline(id)).isEqualTo("2027-03-31");
        assertThat(extension(id).get("status").asString()).isEqualTo("APPROVED");
        assertThat(extension(id).get("decidedBy").asString()).isEqualTo("张卫东（副区长）");
        assertThat(office.get("/api/tasks/" + id + "/workflow").body().get("originalDeadline").asString())
                .isEqualTo("2026-12-31");
        assertThat(jdbc.sql("select summary from audit_entry where task_id = ? order by id").param(id)
                .query(String.class).list())
                .anyMatch(s -> s.contains("报张卫东审批"))
                .anyMatch(s -> s.contains("牵头区领导同意延期至2027-03-31"));
    }

    @Test
    void theLeaderMayRefuseAndOnlyTheTasksOwnLeaderDecides() {
        setPolicy(ExtensionPolicy.LeaderApproval.ALL, 20);
        long id = acceptedTask("另一位领导牵头的任务", "李明华");
        long req = requestExtension(id, "2027-03-31");
        office.post("/api/tasks/" + id + "/extensions/" + req + "/approve", Map.of());
        assertThat(extension(id).get("status").asString()).as("李明华 has no account in the demo, so the office decides")
                .isEqualTo("APPROVED");

        long own = acceptedTask("张卫东牵头的任务", "张卫东");
        long req2 = requestExtension(own, "2027-03-31");
        office.post("/api/tasks/" + own + "/extensions/" + req2 + "/approve", Map.of());
        Api.Response noReason = lingdao.post("/api/tasks/" + own + "/extensions/" + req2 + "/refuse", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        Api.Response refused = lingdao.post("/api/tasks/" + own + "/extensions/" + req2 + "/refuse",
                Map.of("reason", "时限不能再延"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(200);
        assertThat(extension(own).get("status").asString()).isEqualTo("REFUSED");
        assertThat(deadline(own)).isEqualTo("2026-12-31");
    }

    @Test
    void aThresholdSendsOnlyLongExtensionsToTheLeader() {
        setPolicy(ExtensionPolicy.LeaderApproval.LONGER_THAN, 20);
        long shortOne = acceptedTask("短延期任务", "张卫东");
        long r1 = requestExtension(shortOne, "2027-01-15"); // about 9 working days past 2026-12-31
        office.post("/api/tasks/" + shortOne + "/extensions/" + r1 + "/approve", Map.of());
        assertThat(extension(shortOne).get("status").asString()).isEqualTo("APPROVED");

        long longOne = acceptedTask("长延期任务", "张卫东");
        long r2 = requestExtension(longOne, "2027-06-30");
        office.post("/api/tasks/" + longOne + "/extensions/" + r2 + "/approve", Map.of());
        assertThat(extension(longOne).get("status").asString()).isEqualTo("AWAITING_LEADER");
    }

    @Test
    void theSettingsAreValidatedAndAudited() {
        var f = new ExtensionPolicyService.PolicyForm();
        f.leaderApproval = ExtensionPolicy.LeaderApproval.LONGER_THAN;
        f.thresholdWorkingDays = 0;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policies.update(f, SystemUser.INSTANCE))
                .isInstanceOf(cn.luoshi.common.InvalidInputException.class).satisfies(e -> assertThat(
                        ((cn.luoshi.common.InvalidInputException) e).violations().get(0).message())
                        .isEqualTo("工作日数应在1到250之间"));
        setPolicy(ExtensionPolicy.LeaderApproval.LONGER_THAN, 15);
        assertThat(policies.current().describe()).isEqualTo("延期超过15个工作日的，督查室同意后报牵头区领导审批");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = '流程设置'").query(Long.class)
                .single()).isPositive();
    }
}
