package cn.luoshi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Builds ledger records through the API as the 督查室 (duchashi) and looks up demo units and people. */
public final class LedgerFixture {

    private final int port;
    private final Api supervisor;

    public LedgerFixture(int port) {
        this.port = port;
        this.supervisor = Api.as(port, "duchashi");
    }

    /** Demo units and people never change during a run; looking them up once keeps the suite fast. */
    private static final Map<String, Long> IDS = new java.util.concurrent.ConcurrentHashMap<>();

    public long unitId(String shortName) {
        return IDS.computeIfAbsent("unit:" + shortName, k -> lookupUnit(shortName));
    }

    public long leaderId(String name) {
        return IDS.computeIfAbsent("leader:" + name, k -> lookupLeader(name));
    }

    public long personId(String name) {
        return IDS.computeIfAbsent("person:" + name, k -> lookupPerson(name));
    }

    private long lookupUnit(String shortName) {
        for (JsonNode u : supervisor.get("/api/units").body()) {
            if (u.get("shortName").asString().equals(shortName)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError("no unit " + shortName);
    }

    private long lookupLeader(String name) {
        for (JsonNode p : supervisor.get("/api/people?leadersOnly=true").body()) {
            if (p.get("name").asString().equals(name)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no leader " + name);
    }

    private long lookupPerson(String name) {
        for (JsonNode p : supervisor.get("/api/people").body()) {
            if (p.get("name").asString().equals(name)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no person " + name);
    }

    public long directive(String title) {
        Api.Response r = supervisor.post("/api/directives", Map.of("title", title, "issuedOn", "2026-02-10",
                "issuer", "区委书记", "level", "DISTRICT", "kind", "SPEECH", "body", "同志们：今年要完成10个项目。"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }

    /** A task form as JSON; callers override fields. */
    public Map<String, Object> taskBody(String title, String leadUnit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "TASK");
        m.put("title", title);
        m.put("description", "测试任务内容");
        m.put("targetValue", 10);
        m.put("targetUnit", "个");
        m.put("targetObject", "项目");
        m.put("targetPeriod", "今年");
        m.put("startDate", "2026-01-05");
        m.put("deadline", "2026-12-31");
        m.put("leadUnitId", leadUnit == null ? null : unitId(leadUnit));
        m.put("leadLeaderId", leaderId("张卫东"));
        m.put("coUnitIds", List.of(unitId("财政")));
        m.put("responsiblePerson", "赵刚");
        m.put("contact", "0379-6000101");
        return m;
    }

    /** A directive with one task led by {@code leadUnit}; returns the task as the API shows it. */
    public Api.Response task(String title, String leadUnit) {
        long d = directive("测试来源-" + title);
        Api.Response r = supervisor.post("/api/directives/" + d + "/tasks", taskBody(title, leadUnit));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r;
    }

    /** The lead unit accepts the task. */
    public void accept(long taskId, String unitUser) {
        Api.Response r = Api.as(port, unitUser).post("/api/tasks/" + taskId + "/accept", "");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    public Api supervisor() {
        return supervisor;
    }
}
