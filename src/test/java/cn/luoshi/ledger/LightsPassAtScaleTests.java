package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.bench.CityData;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The full pass above 1,000 tasks judges and writes two halves on two connections: it must store exactly the lights
 * that the one-task path computes, and leave the unit index (task_unit) agreeing with them — also when every light
 * changes at once. Its own database (a few thousand generated tasks would disturb the counts other tests check).
 */
@LuoshiIntegrationTest
@TestPropertySource(properties = "luoshi.test.database=lights-at-scale")
class LightsPassAtScaleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LightService lights;

    private Map<Long, String> stored() {
        Map<Long, String> m = new java.util.HashMap<>();
        jdbc.sql("select task_id, light || '|' || reason || '|' || coalesce(planned_percent::text, '-') from task_light")
                .query((java.sql.ResultSet rs) -> {
                    m.put(rs.getLong(1), rs.getString(2));
                });
        return m;
    }

    private long unitIndexDisagreements() {
        return jdbc.sql("""
                select count(*) from task_unit tu left join task_light l on l.task_id = tu.task_id
                where tu.light is distinct from l.light""").query(Long.class).single();
    }

    @Test
    void theParallelPassStoresWhatTheOneTaskPathComputesAndTheUnitIndexFollows() {
        CityData.generate(jdbc, 3_000);
        var first = lights.recomputeAll();
        assertThat(first.tasks()).isGreaterThan(3_000); // the demo's tasks too
        Map<Long, String> parallel = stored();
        assertThat(unitIndexDisagreements()).isZero();

        // The same lights one task at a time (the path a change takes), from nothing.
        jdbc.sql("delete from task_light").update();
        List<Long> ids = jdbc.sql("select id from task").query(Long.class).list();
        for (int from = 0; from < ids.size(); from += 500) {
            lights.recompute(ids.subList(from, Math.min(ids.size(), from + 500)));
        }
        assertThat(stored()).isEqualTo(parallel);

        // Every stored light turned to another colour: the next pass puts every one back, and the index with it.
        jdbc.sql("""
                update task_light set light = case light when 'GREEN' then 'RED' when 'RED' then 'GREEN'
                  when 'YELLOW' then 'GREEN' when 'GREY' then 'YELLOW' when 'BLUE' then 'GREY' else 'BLUE' end""")
                .update();
        assertThat(unitIndexDisagreements()).isZero();
        var again = lights.recomputeAll();
        assertThat(again.changed()).isEqualTo(parallel.size());
        assertThat(stored()).isEqualTo(parallel);
        assertThat(unitIndexDisagreements()).isZero();
        assertThat(lights.recomputeAll().changed()).as("a rerun writes nothing").isZero();
    }
}
