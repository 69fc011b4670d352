package cn.luoshi.requests;

import cn.luoshi.common.DatabaseStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * 时钟巡检 — the clock pass: judges every open request's clocks (签收/报到, 首次联系, 办结, 答复, on the working-hour
 * calendar in force, with approved pauses and extensions) and stores its worst light and earliest due on the request,
 * so a unit's open list is counted and filtered by light without computing each clock, and a closed request keeps no
 * light. Open requests are judged {@value #CHUNK} at a time, each chunk in three queries and one update that writes
 * only the lights that changed, two chunks at a time. Runs every five minutes by default ({@code luoshi.requests.clock-cron}).
 */
@Service
public class RequestClockPass {

    static final int CHUNK = 2_500;
    private static final Logger log = LoggerFactory.getLogger(RequestClockPass.class);

    private final JdbcClient jdbc;
    private final RequestService requests;
    private final Clock clock;
    private final DatabaseStatus database;

    RequestClockPass(JdbcClient jdbc, RequestService requests, Clock clock, DatabaseStatus database) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.clock = clock;
        this.database = database;
    }

    /** What one pass did: open requests judged, stored lights changed (or cleared), how long it took. */
    public record Result(int open, int changed, long millis) {
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void onStart() {
        database.whenUp("接诉即办时钟巡检", this::run);
    }

    @Scheduled(cron = "${luoshi.requests.clock-cron:0 */5 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        database.whenUp("接诉即办时钟巡检", this::run);
    }

    /** One pass over every open request (see the class comment). */
    public Result run() {
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        List<Long> open = jdbc.sql("select id from request where status not in ('CLOSED', 'MERGED') order by id")
                .query(Long.class).list();
        // Chunks are judged and written on two threads (each its own connection): the judging is Java, the
        // reading and writing database work, and two cores share them.
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < open.size(); from += CHUNK) {
            chunks.add(open.subList(from, Math.min(open.size(), from + CHUNK)));
        }
        int changed;
        if (chunks.size() <= 1) {
            changed = chunks.isEmpty() ? 0 : judgeAndWrite(chunks.get(0), now);
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
                for (List<Long> chunk : chunks) {
                    done.add(pool.submit(() -> judgeAndWrite(chunk, now)));
                }
                changed = 0;
                for (var f : done) {
                    changed += f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("时钟巡检被中断", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        changed += jdbc.sql("""
                update request set light = null, light_due = null
                where light is not null and status in ('CLOSED', 'MERGED')""").update();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        log.info("接诉即办时钟巡检：在办诉求{}件，灯色变化{}件，用时{} ms", open.size(), changed, ms);
        return new Result(open.size(), changed, ms);
    }

    /** Judges one chunk of open requests and writes the lights that changed; returns how many. */
    private int judgeAndWrite(List<Long> chunk, Instant now) {
        Map<Long, RequestService.Lights> lights = requests.lights(chunk, now);
        Long[] ids = chunk.toArray(Long[]::new);
        String[] light = new String[ids.length];
        Timestamp[] due = new Timestamp[ids.length];
        for (int i = 0; i < ids.length; i++) {
            RequestService.Lights l = lights.get(ids[i]);
            light[i] = l == null || l.light() == null ? null : l.light().name();
            due[i] = l == null || l.due() == null ? null : Timestamp.from(l.due());
        }
        return jdbc.sql("""
                update request r set light = u.light, light_due = u.due
                from unnest(cast(:ids as bigint[]), cast(:lights as text[]), cast(:dues as timestamptz[])) as u(id, light, due)
                where r.id = u.id and (r.light is distinct from u.light or r.light_due is distinct from u.due)""")
                .param("ids", ids).param("lights", light).param("dues", due).update();
    }

    /**
     * How many of a unit's open requests (本单位在办, as its open list has them: led by it, its street's, or with an
     * open dispatch to it) stand at each stored light, as of the last pass.
     */
    public Map<ClockLight, Integer> countsOf(long unitId) {
        Map<ClockLight, Integer> out = new java.util.EnumMap<>(ClockLight.class);
        jdbc.sql("""
                select r.light, count(*) from request_open_unit o join request r on r.id = o.request_id
                where o.unit_id = :me and r.light is not null group by r.light""").param("me", unitId)
                .query((rs, n) -> out.put(ClockLight.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return out;
    }
}
