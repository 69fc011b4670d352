package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 12: 批量督办 from the task list — one 督办单 per ticked task with the same rules, numbering, notice and audit as
 * issuing one from the task; a task that may not be supervised (green, already under an open order, not visible) is
 * named with its reason; only the 督查室 may run it.
 */
@LuoshiIntegrationTest
class OrderBatchTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    SupervisionFixture fx;
    String tag;

    @BeforeEach
    void setUp() {
        fx = new SupervisionFixture(port);
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    MvcResult batch(String username, List<Long> ids, String responseDays) throws Exception {
        MockHttpServletRequestBuilder b = post("/supervision/orders/batch")
                .with(user(users.loadUserByUsername(username))).with(csrf()).param("back", "/tasks?text=" + tag);
        if (responseDays != null) {
            b = b.param("responseDays", responseDays);
        }
        for (Long id : ids) {
            b = b.param("ids", String.valueOf(id));
        }
        return mvc.perform(b).andReturn();
    }

    List<String> numbers(long taskId) {
        return jdbc.sql("select number from supervision_order where task_id = ? order by id").param(taskId)
                .query(String.class).list();
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void oneOrderPerRedTaskNumberedInTurnToldAndAuditedAndEachRefusalNamed() throws Exception {
        long red1 = fx.redTask("批量督办红一" + tag, "住建");
        long red2 = fx.redTask("批量督办红二" + tag, "发改");
        long green = fx.greenTask("批量督办绿" + tag, "住建");

        MvcResult r = batch("duchashi", List.of(red1, red2, green, 987654321L), "7");
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/tasks?text=" + tag);
        String message = String.valueOf(r.getFlashMap().get("batchWarning"));

        List<String> first = numbers(red1);
        List<String> second = numbers(red2);
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        OrderNumber n1 = OrderNumber.parse(first.get(0));
        OrderNumber n2 = OrderNumber.parse(second.get(0));
        assertThat(n2.seq()).as("numbered in turn, no gap").isEqualTo(n1.seq() + 1);
        assertThat(numbers(green)).isEmpty();
        assertThat(message).startsWith("已下发督办单2项（" + first.get(0) + "、" + second.get(0) + "）；2项未处理：")
                .contains("「批量督办绿" + tag + "」：只有亮黄灯或红灯的任务可以下发督办单；该任务当前为绿灯")
                .contains("任务987654321不存在或不在您的范围内");

        // The same order as from the task's form: proposed text, 7 working days, the lead unit, signer, notice, audit.
        var row = jdbc.sql("select unit_id, response_days, basis, signer, status from supervision_order where task_id = ?")
                .param(red2).query((rs, i) -> List.of(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).single();
        assertThat(row.get(0)).isEqualTo(fx.ledger.unitId("发改"));
        assertThat(row.get(1)).isEqualTo(7);
        assertThat((String) row.get(2)).contains("「批量督办红二" + tag + "」任务").contains("当前亮红灯");
        assertThat(row.get(4)).isEqualTo("ISSUED");
        for (long task : List.of(red1, red2)) {
            assertThat(count("select count(*) from audit_entry where task_id = ? and summary like '下发督办单%'", task))
                    .isEqualTo(1);
            assertThat(count("select count(*) from reminder where cause = 'ORDER_ISSUED' and body like ?",
                    "%「" + (task == red1 ? "批量督办红一" : "批量督办红二") + tag + "」%")).isEqualTo(1);
        }

        // Again: both now have an open order — refused one by one, nothing issued, no number used.
        MvcResult again = batch("duchashi", List.of(red1, red2), null);
        assertThat(String.valueOf(again.getFlashMap().get("batchWarning"))).startsWith("已下发督办单0项；2项未处理：")
                .contains("该任务已有未办结的督办单（" + first.get(0) + "）");
        assertThat(numbers(red1)).hasSize(1);
    }

    @Test
    void theJsonBatchAnswersPerTask() {
        long red = fx.redTask("接口批量督办红" + tag, "住建");
        long green = fx.greenTask("接口批量督办绿" + tag, "住建");
        var body = java.util.Map.of("ids", List.of(red, green, 987654321L), "responseDays", 3);
        var r = fx.office.post("/api/supervision/orders/batch", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        var outcomes = r.body().get("outcomes");
        assertThat(outcomes.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(outcomes.get(0).get("message").asString()).isEqualTo(numbers(red).get(0));
        assertThat(outcomes.get(1).get("status").asInt()).isEqualTo(409);
        assertThat(outcomes.get(1).get("message").asString()).startsWith("只有亮黄灯或红灯的任务可以下发督办单");
        assertThat(outcomes.get(2).get("status").asInt()).isEqualTo(404);
        assertThat(fx.as("zhujian").post("/api/supervision/orders/batch", body).status()).isEqualTo(403);
        assertThat(numbers(green)).isEmpty();
    }

    @Test
    void onlyTheOfficeMayIssueInBatchAndABadResponseTimeIsRefusedWhole() throws Exception {
        long red = fx.redTask("批量督办权限" + tag, "住建");
        for (String u : List.of("zhujian", "lingdao", "fagai", "tongji")) {
            assertThat(batch(u, List.of(red), null).getResponse().getStatus()).as(u).isEqualTo(403);
        }
        assertThat(numbers(red)).isEmpty();
        MvcResult bad = batch("duchashi", List.of(red), "99");
        assertThat(bad.getFlashMap().get("batchWarning")).isEqualTo("办复时限须为1—60个工作日");
        MvcResult none = batch("duchashi", List.of(), null);
        assertThat(none.getFlashMap().get("batchWarning")).isEqualTo("请先勾选要处理的任务");
        assertThat(numbers(red)).isEmpty();
        assertThat(batch("admin", List.of(red), null).getResponse().getStatus()).isEqualTo(302);
        assertThat(numbers(red)).hasSize(1);
    }
}
