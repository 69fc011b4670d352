package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code task_unit} (单位任务索引, kept by triggers) must equal what it copies after every kind of write: created,
 * edited, co-units changed, deadline extended, lights recomputed, deleted.
 */
@LuoshiIntegrationTest
class TaskUnitIndexTests {

    /** Rows in task_unit that should not be there plus rows missing from it. */
    static final String DIFFERENCE = """
            with expected as (
              select t.lead_unit_id as unit_id, t.id as task_id, true as lead, l.light, t.deadline
              from task t left join task_light l on l.task_id = t.id
              where t.lead_unit_id is not null and t.kind <> 'AREA'
              union all
              select c.unit_id, t.id, false, l.light, t.deadline
              from task_co_unit c join task t on t.id = c.task_id left join task_light l on l.task_id = t.id
              where t.kind <> 'AREA' and c.unit_id is distinct from t.lead_unit_id),
            actual as (select unit_id, task_id, lead, light, deadline from task_unit)
            select count(*) from ((select * from expected except all select * from actual)
                                  union all (select * from actual except all select * from expected)) d""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    LedgerFixture fixture;
    Api office;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        office = fixture.supervisor();
    }

    long difference() {
        return jdbc.sql(DIFFERENCE).query(Long.class).single();
    }

    @Test
    void theIndexFollowsEveryWrite() {
        assertThat(difference()).as("after the demo data").isZero();

        long id = fixture.task("单位索引任务", "住建").id();
        assertThat(difference()).as("created").isZero();

        Map<String, Object> edit = new HashMap<>(fixture.taskBody("单位索引任务", "发改"));
        edit.put("coUnitIds", List.of(fixture.unitId("财政"), fixture.unitId("规划")));
        edit.put("deadline", "2026-12-15");
        edit.put("version", office.get("/api/tasks/" + id).body().get("version").asInt());
        Api.Response r = office.put("/api/tasks/" + id, edit);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(difference()).as("lead, co-units and deadline edited").isZero();
        assertThat(jdbc.sql("select unit_id from task_unit where task_id = ? order by unit_id").param(id)
                .query(Long.class).list())
                .containsExactlyInAnyOrder(fixture.unitId("发改"), fixture.unitId("财政"), fixture.unitId("规划"));

        fixture.accept(id, "fagai");
        Api fagai = Api.as(port, "fagai");
        long ext = fagai.post("/api/tasks/" + id + "/extensions", Map.of("proposedDeadline", "2027-03-31",
                "reason", "资金未到位", "currentProgress", "已完成设计")).id();
        assertThat(office.post("/api/tasks/" + id + "/extensions/" + ext + "/approve", Map.of()).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select distinct deadline::text from task_unit where task_id = ?").param(id)
                .query(String.class).list()).containsExactly("2027-03-31");

        office.post("/api/lights/recompute", "");
        assertThat(difference()).as("lights recomputed").isZero();

        jdbc.sql("update task_light set light = 'RED' where task_id = ?").param(id).update();
        assertThat(jdbc.sql("select distinct light from task_unit where task_id = ?").param(id)
                .query(String.class).list()).containsExactly("RED");

        assertThat(office.delete("/api/tasks/" + id).status()).as("the version is required").isEqualTo(400);
        int version = office.get("/api/tasks/" + id).body().get("version").asInt();
        Api.Response deleted = office.delete("/api/tasks/" + id + "?version=" + version);
        assertThat(deleted.status()).as(deleted.raw()).isIn(200, 204);
        assertThat(difference()).as("deleted").isZero();
        assertThat(jdbc.sql("select count(*) from task_unit where task_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void theUnitFilterListsLeadAndCoUnitTasksWithTheirLight() {
        long caizheng = fixture.unitId("财政");
        long expected = jdbc.sql("""
                select count(*) from task t join task_light l on l.task_id = t.id
                where t.kind <> 'AREA' and l.light = 'RED'
                  and (t.lead_unit_id = ? or exists (select 1 from task_co_unit c where c.task_id = t.id
                                                      and c.unit_id = ?))""")
                .params(caizheng, caizheng).query(Long.class).single();
        Api.Response page = office.get("/api/tasks?unitId=" + caizheng + "&light=RED&size=100");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("total").asLong()).isEqualTo(expected).isPositive();
        assertThat(page.body().get("rows").findValuesAsString("light")).containsOnly("RED");
    }
}
