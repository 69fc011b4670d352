package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.audit.AuditLog;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.support.CountingDataSource;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The list pages cost a fixed number of SQL statements, whatever the number of rows on them (no N+1). */
@LuoshiIntegrationTest
class QueryCountTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    TaskStore store;

    @Autowired
    DirectiveService directives;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    Countdowns countdowns;

    CountingDataSource counting;
    TaskService tasks;
    OverviewService overviews;

    static final CurrentUser OFFICE = new CurrentUser(1, "duchashi", "孙丽", Role.SUPERVISOR, null, null);

    @BeforeEach
    void setUp() {
        counting = new CountingDataSource(dataSource);
        JdbcClient jdbc = JdbcClient.create(counting.dataSource());
        tasks = new TaskService(jdbc, store, directives, org, audit, events, countdowns);
        overviews = new OverviewService(jdbc, tasks, org, clock);
    }

    @Test
    void aTaskListPageIsOneStatementForTwoRowsAsForFifty() {
        counting.take();
        var small = tasks.search(new TaskQuery(null, null, null, null, null, null, null, null, 0, 2), OFFICE);
        int forSmall = counting.take();
        var large = tasks.search(new TaskQuery(null, null, null, null, null, null, null, null, 0, 50), OFFICE);
        int forLarge = counting.take();
        assertThat(small.rows()).hasSize(2);
        assertThat(large.rows().size()).isGreaterThan(10);
        assertThat(forSmall).isEqualTo(1);
        assertThat(forLarge).isEqualTo(1);
    }

    @Test
    void theOverviewIsAFixedNumberOfStatements() {
        counting.take();
        var overview = overviews.overview(OFFICE);
        int statements = counting.take();
        // Nine aggregate queries (status, unit, light, overdue, due soon, problems, reports, last run, red list),
        // fewer than the units it shows: nothing is asked per unit or per row.
        assertThat(overview.byUnit().size()).isGreaterThan(9);
        assertThat(statements).isEqualTo(9);
    }
}
