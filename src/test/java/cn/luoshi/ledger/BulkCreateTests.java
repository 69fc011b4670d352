package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** createAll writes what create writes — tasks, co-units, statuses, audit — or nothing at all. */
@LuoshiIntegrationTest
class BulkCreateTests {

    @Autowired
    TaskService tasks;

    @Autowired
    DirectiveService directives;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    static final CurrentUser OFFICE = new CurrentUser(1, "duchashi", "孙丽", Role.SUPERVISOR, null, null);

    private long directive(String title) {
        DirectiveForm f = new DirectiveForm();
        f.title = title;
        f.issuedOn = LocalDate.of(2026, 3, 1);
        f.issuer = "区委";
        return directives.create(f, OFFICE).id();
    }

    private TaskForm form(String title, String lead, String... co) {
        TaskForm f = new TaskForm();
        f.title = title;
        f.targetValue = new BigDecimal("12");
        f.targetUnit = "个";
        f.startDate = LocalDate.of(2026, 3, 1);
        f.deadline = LocalDate.of(2026, 12, 31);
        f.leadUnitId = lead == null ? null : org.findUnitByName(lead).orElseThrow().id();
        f.coUnitIds = new ArrayList<>(List.of(co).stream().map(u -> org.findUnitByName(u).orElseThrow().id()).toList());
        f.tags = new ArrayList<>(List.of("民生实事"));
        return f;
    }

    @Test
    void aBulkCreateMatchesOneByOneCreation() {
        long d = directive("批量新建测试");
        List<Long> ids = tasks.createAll(d, List.of(form("批量甲", "住建", "财政", "发改"), form("批量乙", null)), OFFICE);
        assertThat(ids).hasSize(2);
        Task a = tasks.get(ids.get(0), OFFICE);
        Task b = tasks.get(ids.get(1), OFFICE);
        assertThat(a.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(b.status()).isEqualTo(TaskStatus.UNASSIGNED);
        assertThat(a.coUnitIds()).hasSize(2);
        assertThat(a.tags()).containsExactly("民生实事");
        assertThat(a.target().describe()).isEqualTo("12个");
        assertThat(a.seq()).isLessThan(b.seq());
        assertThat(audit.forTask(a.id())).singleElement().satisfies(e -> {
            assertThat(e.summary()).isEqualTo("新建任务「批量甲」并交办");
            assertThat((String) e.after().get("配合单位")).contains("财政").contains("发改");
        });
        // A task created later by hand continues the numbering.
        TaskForm later = form("手工新建", "住建");
        assertThat(tasks.create(d, later, OFFICE).seq()).isGreaterThan(b.seq());
    }

    @Test
    void oneBadFormWritesNothing() {
        long d = directive("批量失败测试");
        TaskForm bad = form("坏的", "住建");
        bad.deadline = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> tasks.createAll(d, List.of(form("好的", "住建"), bad), OFFICE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from task where directive_id = ?").param(d).query(Long.class).single())
                .isZero();
    }
}
