package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Role × endpoint: who may read and change a task led by 住建 with 财政 co-operating. Users of other units get 404
 * (the task does not exist for them), users who may see but not act get 403. Each case works on a fresh task.
 */
@LuoshiIntegrationTest
class ScopeMatrixTests {

    @LocalServerPort
    int port;

    LedgerFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
    }

    /** Users: admin, 督查室, 区领导, lead-unit head and staff, co-unit, another unit, read-only viewer. */
    static final String[] USERS = {"admin", "duchashi", "lingdao", "zhujian", "zhujian2", "caizheng", "fagai", "tongji"};

    record Case(String endpoint, BiFunction<Ctx, Api, Api.Response> call, int... expected) {
    }

    /** The task under test and the fixture, for the calls. */
    record Ctx(long taskId, long directiveId, int version, LedgerFixture fixture) {
    }

    static Stream<Arguments> matrix() {
        Case[] cases = {
            new Case("GET task", (c, api) -> api.get("/api/tasks/" + c.taskId()),
                    200, 200, 200, 200, 200, 200, 404, 200),
            new Case("GET history", (c, api) -> api.get("/api/tasks/" + c.taskId() + "/history"),
                    200, 200, 200, 200, 200, 200, 404, 200),
            new Case("GET directive", (c, api) -> api.get("/api/directives/" + c.directiveId()),
                    200, 200, 200, 200, 200, 200, 404, 200),
            new Case("PUT task", (c, api) -> {
                        Map<String, Object> body = c.fixture().taskBody("矩阵-改名", "住建");
                        body.put("version", c.version());
                        return api.put("/api/tasks/" + c.taskId(), body);
                    }, 200, 200, 403, 403, 403, 403, 404, 403),
            new Case("DELETE task", (c, api) -> api.delete("/api/tasks/" + c.taskId() + "?version=" + c.version()),
                    204, 204, 403, 403, 403, 403, 404, 403),
            new Case("POST milestone", (c, api) -> api.post("/api/tasks/" + c.taskId() + "/milestones",
                    Map.of("dueDate", "2026-06-30", "title", "矩阵节点", "planned", 5)),
                    201, 201, 403, 403, 403, 403, 404, 403),
            new Case("POST accept", (c, api) -> api.post("/api/tasks/" + c.taskId() + "/accept", ""),
                    403, 403, 403, 200, 200, 403, 404, 403),
            new Case("POST problem", (c, api) -> api.post("/api/tasks/" + c.taskId() + "/problems",
                    Map.of("description", "矩阵问题", "ownerUnitId", c.fixture().unitId("住建"), "status", "OPEN")),
                    201, 201, 201, 201, 201, 201, 404, 403),
        };
        return Stream.of(cases).flatMap(c -> {
            Stream.Builder<Arguments> b = Stream.builder();
            for (int i = 0; i < USERS.length; i++) {
                b.add(Arguments.of(c.endpoint(), USERS[i], c, c.expected()[i]));
            }
            return b.build();
        });
    }

    @ParameterizedTest(name = "{0} as {1} → {3}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItsScopeAllows(String endpoint, String user, Case c, int expected) {
        Api.Response task = fixture.task("矩阵-" + endpoint + "-" + user, "住建");
        Ctx ctx = new Ctx(task.id(), task.body().get("directiveId").asLong(), task.version(), fixture);
        Api.Response r = c.call().apply(ctx, Api.as(port, user));
        assertThat(r.status()).as(endpoint + " as " + user + ": " + r.raw()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "POST report as {0} → {1}")
    @MethodSource("reporters")
    void onlyTheLeadUnitAndTheSupervisionOfficeReportProgress(String user, int expected) {
        Api.Response task = fixture.task("矩阵-报送-" + user, "住建");
        fixture.accept(task.id(), "zhujian");
        Api.Response r = Api.as(port, user).post("/api/tasks/" + task.id() + "/reports",
                Map.of("reportedOn", "2026-03-02", "cumulative", 2, "narrative", "推进中"));
        assertThat(r.status()).as(user + ": " + r.raw()).isEqualTo(expected);
    }

    static Stream<Arguments> reporters() {
        int[] expected = {201, 201, 403, 201, 201, 403, 404, 403};
        return java.util.stream.IntStream.range(0, USERS.length).mapToObj(i -> Arguments.of(USERS[i], expected[i]));
    }

    @Test
    void aUnitUserListsOnlyItsOwnWork() {
        Api.Response mine = fixture.task("矩阵-清单-住建", "住建");
        Api.Response theirs = fixture.task("矩阵-清单-发改", "发改");
        String q = "/api/tasks?size=200&text=" + java.net.URLEncoder.encode("矩阵-清单", java.nio.charset.StandardCharsets.UTF_8);
        var zhujianRows = Api.as(port, "zhujian").get(q).body().get("rows");
        assertThat(zhujianRows.valueStream().map(r -> r.get("id").asLong())).contains(mine.id())
                .doesNotContain(theirs.id());
        var fagaiDirectives = Api.as(port, "fagai").get("/api/directives?size=200").body().get("rows");
        assertThat(fagaiDirectives.valueStream().map(r -> r.get("id").asLong()))
                .contains(theirs.body().get("directiveId").asLong())
                .doesNotContain(mine.body().get("directiveId").asLong());
    }

    @Test
    void aForgedChangeToAnotherUnitsTaskChangesNothing() {
        Api.Response task = fixture.task("矩阵-伪造", "住建");
        Map<String, Object> forged = fixture.taskBody("被篡改", "发改");
        forged.put("version", task.version());
        assertThat(Api.as(port, "fagai").put("/api/tasks/" + task.id(), forged).status()).isEqualTo(404);
        assertThat(Api.as(port, "fagai").post("/api/tasks/" + task.id() + "/reports",
                Map.of("reportedOn", "2026-03-02", "cumulative", 9, "narrative", "伪造")).status()).isEqualTo(404);
        var now = fixture.supervisor().get("/api/tasks/" + task.id()).body();
        assertThat(now.get("title").asString()).isEqualTo("矩阵-伪造");
        assertThat(now.get("version").asInt()).isEqualTo(task.version());
    }

    @Test
    void theApiNeedsAUser() {
        assertThat(Api.anonymous(port).get("/api/tasks").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).get("/api/me").status()).isEqualTo(401);
    }
}
