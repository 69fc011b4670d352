package cn.luoshi.ledger;

import cn.luoshi.ledger.internal.TreeNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.luoshi.audit.AuditLog;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.support.Api;
import cn.luoshi.support.CountingDataSource;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The directive page's task tree shows every target of a task (decision 44), not only the primary one, and reads
 * them with the tasks: the tree costs the same statements for one target as for eighteen (no query per task).
 */
@LuoshiIntegrationTest
class DirectiveTreeTargetsTests {

    static final CurrentUser OFFICE = new CurrentUser(1, "duchashi", "孙丽", Role.SUPERVISOR, null, null);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    LedgerFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
    }

    private static Map<String, Object> line(int value, String unit, String object) {
        return Map.of("value", value, "unit", unit, "object", object, "period", "今年");
    }

    /** A directive with {@code tasks} tasks led by 住建, each with three targets; returns its id. */
    private long directive(String title, int tasks) {
        long d = fixture.directive(title);
        for (int i = 1; i <= tasks; i++) {
            Map<String, Object> body = fixture.taskBody(title + "任务" + i, "住建");
            body.put("targetValue", 100 + i);
            body.put("targetObject", "老旧小区改造" + i);
            body.put("moreTargets", List.of(line(20 + i, "个", "社区健身中心" + i), line(i, "条", "精品特色街区" + i)));
            Api.Response r = fixture.supervisor().post("/api/directives/" + d + "/tasks", body);
            assertThat(r.status()).as(r.raw()).isEqualTo(201);
        }
        return d;
    }

    @Test
    void theTreeCarriesEveryTargetInOrderAndThePageShowsThemAll() throws Exception {
        long d = directive("多目标任务树", 2);
        List<TreeNode> tree = new DirectiveService(JdbcClient.create(dataSource),
                new TaskStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource)), org, audit).tree(d, OFFICE);
        assertThat(tree).hasSize(2);
        assertThat(tree.get(1).task().targets()).extracting(Target::describe)
                .containsExactly("102个老旧小区改造2（今年）", "22个社区健身中心2（今年）", "2条精品特色街区2（今年）");

        String page = mvc.perform(get("/directives/" + d).with(user(users.loadUserByUsername("duchashi"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("data-testid=\"tree-target\"[^>]*>([^<]+)<").matcher(page);
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertThat(shown).containsExactly("101个老旧小区改造1（今年）", "21个社区健身中心1（今年）", "1条精品特色街区1（今年）",
                "102个老旧小区改造2（今年）", "22个社区健身中心2（今年）", "2条精品特色街区2（今年）");
    }

    @Test
    void aTreeOfSixTasksWithEighteenTargetsCostsTheStatementsOfOneTask() {
        long small = directive("单任务树", 1);
        long large = directive("六任务树", 6);
        CountingDataSource counting = new CountingDataSource(dataSource);
        JdbcClient jdbc = JdbcClient.create(counting.dataSource());
        DirectiveService directives = new DirectiveService(jdbc,
                new TaskStore(jdbc, new JdbcTemplate(counting.dataSource())), org, audit);
        CurrentUser zhujian = new CurrentUser(9, "zhujian", "赵刚", Role.UNIT_HEAD, fixture.unitId("住建"), "住建");
        for (CurrentUser me : List.of(OFFICE, zhujian)) {
            counting.take();
            List<TreeNode> one = directives.tree(small, me);
            int forOne = counting.take();
            List<TreeNode> six = directives.tree(large, me);
            int forSix = counting.take();
            assertThat(one).hasSize(1);
            assertThat(six).hasSize(6).allSatisfy(n -> assertThat(n.task().targets()).hasSize(3));
            assertThat(forSix).as(me.username()).isEqualTo(forOne);
            // The directive, its tasks with their co-units and targets, and for a unit user its scope.
            assertThat(forOne).as(me.username()).isEqualTo(me.seesEverything() ? 2 : 3);
        }
    }
}
