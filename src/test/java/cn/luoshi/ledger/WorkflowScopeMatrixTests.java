package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Role × workflow endpoint, on a task led by 住建 with 财政 co-operating, in the state the move starts from: other
 * units get 404, users who see the task but may not make the move get 403.
 */
@LuoshiIntegrationTest
class WorkflowScopeMatrixTests {

    @LocalServerPort
    int port;

    LedgerFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
    }

    /** Users: admin, 督查室, 区领导, lead-unit head and staff, co-unit, another unit, read-only viewer. */
    static final String[] USERS = {"admin", "duchashi", "lingdao", "zhujian", "zhujian2", "caizheng", "fagai", "tongji"};

    /** The state a case starts from. */
    enum Start { ASSIGNED, IN_PROGRESS, RETURNED, COMPLETION_REQUESTED, EXTENSION_PENDING }

    record Case(String endpoint, Start start, BiFunction<Long, Api, Api.Response> call, int... expected) {
    }

    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    static Stream<Arguments> matrix() {
        Case[] cases = {
            new Case("GET workflow", Start.ASSIGNED, (id, api) -> api.get("/api/tasks/" + id + "/workflow"),
                    200, 200, 200, 200, 200, 200, 404, 200),
            new Case("POST return", Start.ASSIGNED,
                    (id, api) -> api.post("/api/tasks/" + id + "/return", Map.of("reason", "不属于本单位职责")),
                    403, 403, 403, 200, 200, 403, 404, 403),
            new Case("POST reassign", Start.RETURNED, (id, api) -> api.post("/api/tasks/" + id + "/reassign",
                    Map.of("leadUnitId", UNITS.get("发改"))),
                    200, 200, 403, 403, 403, 403, 404, 403),
            new Case("POST extension", Start.IN_PROGRESS, (id, api) -> api.post("/api/tasks/" + id + "/extensions",
                    Map.of("proposedDeadline", "2027-03-31", "reason", "征迁", "currentProgress", "过半")),
                    403, 403, 403, 201, 201, 403, 404, 403),
            new Case("POST approve extension", Start.EXTENSION_PENDING, (id, api) -> api.post(
                    "/api/tasks/" + id + "/extensions/" + pendingExtension(api, id) + "/approve", Map.of()),
                    200, 200, 403, 403, 403, 403, 404, 403),
            new Case("POST completion", Start.IN_PROGRESS, (id, api) -> api.multipart(
                    "/api/tasks/" + id + "/completion", Map.of("summary", "已完成"),
                    List.of(new Api.Upload("报告.pdf", PDF))),
                    403, 403, 403, 200, 200, 403, 404, 403),
            new Case("POST approve completion", Start.COMPLETION_REQUESTED,
                    (id, api) -> api.post("/api/tasks/" + id + "/completion/approve", Map.of()),
                    200, 200, 403, 403, 403, 403, 404, 403),
            new Case("POST reject completion", Start.COMPLETION_REQUESTED,
                    (id, api) -> api.post("/api/tasks/" + id + "/completion/reject", Map.of("reason", "材料不全")),
                    200, 200, 403, 403, 403, 403, 404, 403),
            new Case("POST terminate", Start.IN_PROGRESS,
                    (id, api) -> api.post("/api/tasks/" + id + "/terminate", Map.of("reason", "上级决定停止")),
                    200, 200, 403, 403, 403, 403, 404, 403),
            new Case("POST instruction", Start.IN_PROGRESS,
                    (id, api) -> api.post("/api/tasks/" + id + "/instructions", Map.of("text", "抓紧推进")),
                    201, 201, 201, 403, 403, 403, 404, 403),
        };
        return Stream.of(cases).flatMap(c -> {
            Stream.Builder<Arguments> b = Stream.builder();
            for (int i = 0; i < USERS.length; i++) {
                b.add(Arguments.of(c.endpoint(), USERS[i], c, c.expected()[i]));
            }
            return b.build();
        });
    }

    /** Demo unit ids, looked up once by the first case. */
    static final Map<String, Long> UNITS = new java.util.concurrent.ConcurrentHashMap<>();

    static long pendingExtension(Api ignored, long taskId) {
        return PENDING.get(taskId);
    }

    /** Task id → its pending extension request, for the approval case. */
    static final Map<Long, Long> PENDING = new java.util.concurrent.ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0} as {1} → {3}")
    @MethodSource("matrix")
    void eachRoleMayMakeOnlyItsOwnMoves(String endpoint, String user, Case c, int expected) {
        UNITS.computeIfAbsent("发改", fixture::unitId);
        long id = fixture.task("流转矩阵-" + endpoint + "-" + user, "住建").id();
        Api zhujian = Api.as(port, "zhujian");
        switch (c.start()) {
            case ASSIGNED -> { }
            case RETURNED -> assertThat(zhujian.post("/api/tasks/" + id + "/return",
                    Map.of("reason", "不属于本单位职责")).status()).isEqualTo(200);
            case IN_PROGRESS -> fixture.accept(id, "zhujian");
            case COMPLETION_REQUESTED -> {
                fixture.accept(id, "zhujian");
                assertThat(zhujian.multipart("/api/tasks/" + id + "/completion", Map.of("summary", "已完成"),
                        List.of(new Api.Upload("报告.pdf", PDF))).status()).isEqualTo(200);
            }
            case EXTENSION_PENDING -> {
                fixture.accept(id, "zhujian");
                PENDING.put(id, zhujian.post("/api/tasks/" + id + "/extensions", Map.of("proposedDeadline",
                        "2027-03-31", "reason", "征迁", "currentProgress", "过半")).id());
            }
        }
        Api.Response r = c.call().apply(id, Api.as(port, user));
        assertThat(r.status()).as(endpoint + " as " + user + ": " + r.raw()).isEqualTo(expected);
    }
}
