package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Supervision records built through the API as the 督查室, on tasks whose light is known. */
final class SupervisionFixture {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final AtomicInteger SEQ = new AtomicInteger();

    final int port;
    final LedgerFixture ledger;
    final Api office;

    SupervisionFixture(int port) {
        this.port = port;
        this.ledger = new LedgerFixture(port);
        this.office = ledger.supervisor();
    }

    private static volatile Long directive;

    /**
     * One directive for all supervision tests, dated before the demo speeches so it does not push them off the first
     * page of the directive list that other tests click through.
     */
    private long directive() {
        if (directive == null) {
            synchronized (SupervisionFixture.class) {
                if (directive == null) {
                    Api.Response r = office.post("/api/directives", Map.of("title", "督办测试来源",
                            "issuedOn", "2025-12-01", "issuer", "区委督查室", "level", "DISTRICT", "kind", "DOCUMENT",
                            "body", "督查督办测试。"));
                    assertThat(r.status()).as(r.raw()).isEqualTo(201);
                    directive = r.id();
                }
            }
        }
        return directive;
    }

    /** Today in Beijing, as the application counts it. */
    static LocalDate today() {
        return cn.luoshi.support.TestClock.today();
    }

    Api as(String user) {
        return Api.as(port, user);
    }

    /** A task of {@code unit} far behind its schedule: started 100 days ago, nothing reported (red). */
    long redTask(String title, String unit) {
        LocalDate today = today();
        long d = directive();
        Map<String, Object> body = ledger.taskBody(title, unit);
        if (unit.equals("财政")) {
            body.put("coUnitIds", List.of());
        }
        body.put("startDate", today.minusDays(100).toString());
        body.put("deadline", today.plusDays(30).toString());
        Api.Response r = office.post("/api/directives/" + d + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(office.get("/api/tasks/" + r.id() + "/light").body().get("light").asString()).isEqualTo("RED");
        return r.id();
    }

    /** A task that starts today with three months to go (green). */
    long greenTask(String title, String unit) {
        LocalDate today = today();
        long d = directive();
        Map<String, Object> body = ledger.taskBody(title, unit);
        if (unit.equals("财政")) {
            body.put("coUnitIds", List.of());
        }
        body.put("startDate", today.toString());
        body.put("deadline", today.plusDays(90).toString());
        Api.Response r = office.post("/api/directives/" + d + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(office.get("/api/tasks/" + r.id() + "/light").body().get("light").asString()).isEqualTo("GREEN");
        return r.id();
    }

    /** A new group led by 孙丽 covering 住建. */
    long group() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "测试督查组" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000);
        body.put("leaderPersonId", ledger.personId("孙丽"));
        body.put("memberIds", List.of(ledger.personId("周敏")));
        body.put("unitIds", List.of(ledger.unitId("住建")));
        body.put("focus", "城市提质");
        Api.Response r = office.post("/api/supervision/groups", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }

    Api.Response inspect(long groupId, long taskId, List<Api.Upload> files) {
        return office.multipart("/api/supervision/inspections", Map.of("groupId", "" + groupId, "taskId", "" + taskId,
                "inspectedOn", today().toString(), "findings", "现场查看，部分点位未开工，台账与现场不一致。",
                "rating", "LAGGING"), files);
    }

    /** An inspection of the task with one rectification item for 住建; returns the item. */
    Api.Response rectification(long taskId) {
        Api.Response i = inspect(group(), taskId, List.of());
        assertThat(i.status()).as(i.raw()).isEqualTo(201);
        Api.Response r = office.post("/api/supervision/inspections/" + i.id() + "/rectifications", Map.of(
                "title", "核实并更新进度台账", "requirement", "台账与现场一致", "ownerUnitId", ledger.unitId("住建"),
                "ownerPersonId", ledger.personId("周敏"), "deadline", today().plusDays(20).toString()));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r;
    }

    Api.Response issue(long taskId) {
        return office.post("/api/supervision/orders", Map.of("taskId", taskId, "basis", "区委城市提质工作会议部署",
                "requirement", "请于5个工作日内书面报告推进情况和整改措施", "responseDays", 5, "signer", "孙丽"));
    }
}
