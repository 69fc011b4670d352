package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 本单位在办 kept as rows ({@code request_open_unit}, migration V4_255) holds exactly the requests the rule
 * ({@link RequestService#OPEN_FOR_UNIT_RULE}) names for every unit: on the demo and the other tests' data as they stand,
 * and after writes of every kind made straight in SQL (the triggers do not rely on the services) — a request closed,
 * reopened, given another lead unit or street, merged; a dispatch made, signed, returned, moved to another request,
 * deleted; a request deleted. The writes are rolled back.
 */
@LuoshiIntegrationTest
class RequestOpenUnitTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    /** Units whose rows differ from the rule, with the differences ("unit 9: missing [..] extra [..]"). */
    List<String> differences() {
        List<String> out = new ArrayList<>();
        for (long unit : jdbc.sql("select id from unit").query(Long.class).list()) {
            List<Long> byRule = jdbc.sql("select r.id from request r where " + RequestService.OPEN_FOR_UNIT_RULE
                    + " order by r.id").param("me", unit).query(Long.class).list();
            List<Long> kept = jdbc.sql("select request_id from request_open_unit where unit_id = :me order by 1")
                    .param("me", unit).query(Long.class).list();
            if (!byRule.equals(kept)) {
                List<Long> missing = new ArrayList<>(byRule);
                missing.removeAll(kept);
                List<Long> extra = new ArrayList<>(kept);
                extra.removeAll(byRule);
                out.add("unit " + unit + ": missing " + missing + " extra " + extra);
            }
        }
        // and each row carries its request's receipt time
        out.addAll(jdbc.sql("""
                select 'request ' || o.request_id || ' received_at differs' from request_open_unit o
                join request r on r.id = o.request_id where o.received_at <> r.received_at""")
                .query(String.class).list());
        return out;
    }

    @Test
    void theRowsAreTheRuleOnTheDataAsItStands() {
        assertThat(jdbc.sql("select count(*) from request_open_unit").query(Long.class).single()).isPositive();
        assertThat(differences()).isEmpty();
    }

    /** The comparison sees a missed write: without the dispatch trigger, a returned dispatch leaves a stale row. */
    @Test
    void withoutItsTriggerAWriteIsSeenAsADifference() {
        tx.executeWithoutResult(status -> {
            long r = jdbc.sql("""
                    select r.id from request r where r.status not in ('CLOSED', 'MERGED') order by r.id limit 1""")
                    .query(Long.class).single();
            long unit = jdbc.sql("""
                    select u.id from unit u where u.id not in (select unit_id from request_open_unit where request_id = :r)
                    order by u.id limit 1""").param("r", r).query(Long.class).single();
            long d = jdbc.sql("""
                    insert into request_dispatch (request_id, unit_id, role, dispatched_at, dispatched_by)
                    values (:r, :u, 'ASSIST', luoshi_now(), 'test') returning id""").param("r", r).param("u", unit)
                    .query(Long.class).single();
            assertThat(differences()).isEmpty();
            jdbc.sql("drop trigger request_open_unit_dispatch_update on request_dispatch").update();
            jdbc.sql("update request_dispatch set status = 'RETURNED' where id = :d").param("d", d).update();
            assertThat(differences()).containsExactly("unit " + unit + ": missing [] extra [" + r + "]");
            status.setRollbackOnly();
        });
        assertThat(differences()).isEmpty();
    }

    @Test
    void theRowsFollowEveryKindOfWriteMadeInSql() {
        tx.executeWithoutResult(status -> {
            List<Long> open = jdbc.sql("""
                    select r.id from request r where r.status not in ('CLOSED', 'MERGED')
                      and not exists (select 1 from request m where m.merged_into = r.id)
                    order by r.id limit 6""").query(Long.class).list();
            assertThat(open).hasSize(6);
            List<Long> units = jdbc.sql("select id from unit order by id limit 3").query(Long.class).list();
            // closed, then one reopened
            jdbc.sql("update request set status = 'CLOSED' where id in (:a, :b)").param("a", open.get(0))
                    .param("b", open.get(1)).update();
            assertThat(differences()).isEmpty();
            jdbc.sql("update request set status = 'IN_PROGRESS' where id = :a").param("a", open.get(1)).update();
            assertThat(differences()).isEmpty();
            // another lead unit and another street, and a receipt time corrected
            jdbc.sql("update request set lead_unit_id = :u, street_unit_id = :s, received_at = received_at - interval '1 hour' where id = :a")
                    .param("u", units.get(0)).param("s", units.get(1)).param("a", open.get(2)).update();
            assertThat(differences()).isEmpty();
            // merged into another
            jdbc.sql("update request set status = 'MERGED' where id = :a").param("a", open.get(3)).update();
            assertThat(differences()).isEmpty();
            // a dispatch to a third unit, signed, then returned
            long d = jdbc.sql("""
                    insert into request_dispatch (request_id, unit_id, role, dispatched_at, dispatched_by)
                    values (:r, :u, 'ASSIST', luoshi_now(), 'test') returning id""").param("r", open.get(4)).param("u", units.get(2))
                    .query(Long.class).single();
            assertThat(differences()).isEmpty();
            jdbc.sql("update request_dispatch set status = 'SIGNED' where id = :d").param("d", d).update();
            assertThat(differences()).isEmpty();
            jdbc.sql("update request_dispatch set status = 'RETURNED' where id = :d").param("d", d).update();
            assertThat(differences()).isEmpty();
            // a dispatch moved to another request, then every dispatch of a request deleted
            jdbc.sql("update request_dispatch set request_id = :r, status = 'OPEN' where id = :d").param("r", open.get(5))
                    .param("d", d).update();
            assertThat(differences()).isEmpty();
            jdbc.sql("delete from request_dispatch where request_id = :r").param("r", open.get(5)).update();
            assertThat(differences()).isEmpty();
            // many at once, as an import or the clock pass writes: one statement over all open requests
            jdbc.sql("update request set status = status, light = null where status not in ('CLOSED', 'MERGED')").update();
            jdbc.sql("update request_dispatch set status = 'FINISHED' where status = 'SIGNED'").update();
            assertThat(differences()).isEmpty();
            // a request deleted with its dispatches
            jdbc.sql("delete from request where id = :a").param("a", open.get(4)).update();
            assertThat(differences()).isEmpty();
            status.setRollbackOnly();
        });
        assertThat(differences()).isEmpty();
    }
}
