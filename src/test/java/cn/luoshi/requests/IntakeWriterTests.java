package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 集中提交 of Open311 intakes ({@link IntakeWriter}): a group is written in one transaction with the same rows a single
 * intake writes (number, request, its 受理 event, its audit entry), each request once; a request that cannot be written
 * fails alone and the rest of its group is stored; bad input is refused before anything is queued.
 */
@LuoshiIntegrationTest
class IntakeWriterTests {

    @Autowired
    IntakeWriter writer;
    @Autowired
    RequestService requests;
    @Autowired
    Open311Service open311;
    @Autowired
    JdbcClient jdbc;

    static NewRequest open311(String description, String phone) {
        return new NewRequest(UUID.randomUUID().toString(), null, Channel.OPEN311, "road-damage", description,
                Urgency.NORMAL, 39.9042, 116.4074, "集中提交测试", "李伟", phone, null, Map.of("DAMAGE_TYPE", "pothole"),
                List.of(), "Open311", null);
    }

    /** The columns a single intake and a grouped one must agree on (all but ids, numbers, UUIDs and sealed values). */
    Map<String, Object> row(long id) {
        return jdbc.sql("""
                select r.channel, r.category_id, r.urgency, r.attributes::text as attributes, r.lat, r.lon, r.address,
                  r.street_area_id, r.community_area_id, r.grid_area_id, r.street_unit_id, r.caller_index, r.reported_by,
                  r.month, r.status, r.reporter_name is not null as named,
                  r.reporter_phone like 'v1:%' as sealed, r.reporter_email,
                  (select count(*) from request_event e where e.request_id = r.id) as events,
                  (select string_agg(e.actor || '/' || e.kind || '/' || e.note || '/' || e.public_note || '/' || e.status
                     || '/' || (e.at = r.received_at), ',') from request_event e where e.request_id = r.id) as event,
                  (select count(*) from audit_entry a where a.entity_type = 'request' and a.entity_id = r.id) as audits,
                  (select string_agg(a.actor || '/' || a.action || '/' || (a.summary = '受理诉求' || r.number) || '/'
                     || (a.after_state ->> '编号' = r.number) || '/' || (a.after_state ->> '状态'), ',')
                     from audit_entry a where a.entity_type = 'request' and a.entity_id = r.id) as audit
                from request r where r.id = ?""").param(id).query().singleRow();
    }

    @Test
    void aGroupWritesTheRowsASingleIntakeWrites() throws Exception {
        Intake single = requests.intake(open311("单独受理", "13800001111"), "open311", false);
        List<CompletableFuture<Intake>> group = writer.writeGroup(List.of(
                requests.prepare(open311("集中受理一", "13800001111")),
                requests.prepare(open311("集中受理二", "13800002222")),
                requests.prepare(open311("集中受理三", "13800003333"))), "open311");
        List<Intake> done = new ArrayList<>();
        for (CompletableFuture<Intake> f : group) {
            done.add(f.get());
        }
        assertThat(done).extracting(Intake::created).containsOnly(true);
        assertThat(new HashSet<>(done.stream().map(Intake::number).toList())).hasSize(3);
        Map<String, Object> expected = row(single.id());
        assertThat(expected.get("events")).isEqualTo(1L);
        assertThat(expected.get("audits")).isEqualTo(1L);
        assertThat(row(done.get(0).id())).isEqualTo(expected); // same phone, so the same caller index too
        for (Intake i : done) {
            assertThat(i.number()).startsWith(single.number().substring(0, 10));
            Map<String, Object> r = row(i.id());
            assertThat(r.get("events")).isEqualTo(1L);
            assertThat(r.get("audit")).isEqualTo(expected.get("audit"));
            assertThat(requests.idOf(i.number())).contains(i.id());
        }
        assertThat(jdbc.sql("select description from request where id = ?").param(done.get(2).id()).query(String.class)
                .single()).isEqualTo("集中受理三");
    }

    @Test
    void aRequestThatCannotBeWrittenFailsAloneAndTheRestOfItsGroupIsStored() throws Exception {
        // a client UUID already taken: the group's statement skips that row, the others commit
        NewRequest first = open311("先到的上报", null);
        requests.intake(first, "open311", false);
        NewRequest again = new NewRequest(first.clientUuid(), null, Channel.OPEN311, "road-damage", "同一编号再次上报",
                Urgency.NORMAL, 39.9042, 116.4074, "集中提交测试", null, null, null, Map.of("DAMAGE_TYPE", "pothole"),
                List.of(), "Open311", null);
        List<CompletableFuture<Intake>> group = writer.writeGroup(List.of(requests.prepare(open311("同组一", null)),
                requests.prepare(again), requests.prepare(open311("同组二", null))), "open311");
        assertThat(group.get(0).get().created()).isTrue();
        assertThatThrownBy(() -> group.get(1).get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ConflictException.class);
        assertThat(group.get(2).get().created()).isTrue();

        // a row the database refuses (a category that does not exist): the group's transaction fails, every request
        // is written again alone, and only the bad one fails
        RequestService.Prepared good = requests.prepare(open311("同组三", null));
        RequestService.Prepared p = requests.prepare(open311("坏的一条", null));
        Category missing = new Category(-1, null, "nope", "不存在", null, null, null, null, "[]", null, true);
        RequestService.Prepared bad = new RequestService.Prepared(p.in(), missing, p.location(), p.photos(), p.at(),
                p.prefix(), p.month(), p.uuid(), p.hotlineNo(), p.urgency(), p.description(), p.attributesJson(),
                p.address(), p.sealedName(), p.sealedPhone(), p.sealedEmail(), p.callerIndex(), p.eventNote());
        long before = jdbc.sql("select count(*) from request").query(Long.class).single();
        List<CompletableFuture<Intake>> mixed = writer.writeGroup(List.of(good, bad), "open311");
        assertThat(mixed.get(0).get().created()).isTrue();
        assertThat(mixed.get(1)).isCompletedExceptionally();
        assertThat(jdbc.sql("select count(*) from request").query(Long.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from request where client_uuid = ?").param(bad.uuid()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void concurrentPostsAreGroupedAndEachStoredOnce() throws Exception {
        long transactions = writer.transactions.get();
        long written = writer.written.get();
        int threads = 16;
        int each = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int client = t;
            results.add(pool.submit(() -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    Map<String, Object> out = open311.create(Map.of("service_code", "road-damage", "lat", "39.9042",
                            "long", "116.4074", "attribute[DAMAGE_TYPE]", "pothole", "description",
                            "并发上报 " + client + "-" + i, "phone", "1390000" + String.format("%04d", client * 100 + i)));
                    numbers.add((String) out.get("service_request_id"));
                }
                return numbers;
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<List<String>> f : results) {
            numbers.addAll(f.get());
        }
        pool.shutdown();
        assertThat(new HashSet<>(numbers)).hasSize(threads * each);
        assertThat(writer.written.get() - written).isEqualTo(threads * each);
        // 160 intakes from 16 threads at once: fewer transactions than requests (each waits while a group commits)
        assertThat(writer.transactions.get() - transactions).isLessThan(threads * each);
        assertThat(jdbc.sql("""
                select count(*) from request r where r.number in (:n)
                  and (select count(*) from request_event e where e.request_id = r.id) = 1
                  and (select count(*) from audit_entry a where a.entity_type = 'request' and a.entity_id = r.id
                       and a.summary = '受理诉求' || r.number) = 1""").param("n", numbers).query(Long.class).single())
                .isEqualTo((long) threads * each);
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsQueued() {
        long written = writer.written.get();
        NewRequest outside = new NewRequest(UUID.randomUUID().toString(), null, Channel.OPEN311, "road-damage", "区外",
                Urgency.NORMAL, 31.23, 121.47, null, null, null, null, Map.of("DAMAGE_TYPE", "pothole"), List.of(),
                "Open311", null);
        assertThatThrownBy(() -> writer.intake(outside, "open311")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不在本区范围内");
        assertThat(writer.written.get()).isEqualTo(written);
    }
}
