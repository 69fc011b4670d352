package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tasks for reminder tests, all under one directive per running application (the shared test context), so these
 * tests do not push the demo directives off the first page of 来源 for other tests.
 */
final class Tasks {

    private static final Map<Integer, Long> DIRECTIVE = new ConcurrentHashMap<>();

    private Tasks() {
    }

    /** A task led by {@code unit}, assigned (待签收). */
    static long create(int port, String title, String unit) {
        return create(port, new LedgerFixture(port).taskBody(title, unit));
    }

    /** A task from a task form body (see {@link LedgerFixture#taskBody}). */
    static long create(int port, Map<String, Object> body) {
        LedgerFixture fx = new LedgerFixture(port);
        long directive = DIRECTIVE.computeIfAbsent(port, p -> fx.directive("催办测试来源"));
        Api.Response r = fx.supervisor().post("/api/directives/" + directive + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }
}
