package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pass on the real ledger and database: what each cause creates, for whom, and that a second pass — one after
 * the other or at the same time — creates nothing new.
 */
@LuoshiIntegrationTest
class ReminderPassTests {

    @LocalServerPort
    int port;

    @Autowired
    ReminderPass pass;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    OrgDirectory org;

    @Autowired
    Clock clock;

    LedgerFixture fx;

    @BeforeEach
    void setUp() {
        fx = new LedgerFixture(port);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    long userId(String username) {
        return org.users().stream().filter(u -> u.username().equals(username)).mapToLong(UserAccount::id)
                .findFirst().orElseThrow();
    }

    List<String> causes(long task) {
        return jdbc.sql("select cause from reminder where subject_type = 'TASK' and subject_id = ? order by id")
                .param(task).query(String.class).list();
    }

    /** "IN_APP user:12 SENT" per delivery of the task's reminders of one cause. */
    List<String> deliveries(long task, LedgerCause cause) {
        return jdbc.sql("""
                select d.channel || ' ' || d.recipient || ' ' || d.status from reminder_delivery d
                join reminder r on r.id = d.reminder_id
                where r.subject_type = 'TASK' and r.subject_id = ? and r.cause = ? order by d.recipient""")
                .params(task, cause.code()).query(String.class).list();
    }

    int rowsFor(long task) {
        return jdbc.sql("""
                select count(*) from reminder_delivery d join reminder r on r.id = d.reminder_id
                where r.subject_type = 'TASK' and r.subject_id = ?""").param(task).query(Integer.class).single();
    }

    @Test
    void aNewAssignmentRemindsTheUnitsUsersInTheAppOnce() {
        long task = Tasks.create(port, "催办测试：新交办待签收", "住建");
        ReminderPass.Result first = pass.run(PassTrigger.MANUAL, "测试");
        assertThat(first.created()).isGreaterThanOrEqualTo(1);
        assertThat(causes(task)).containsExactly("ACCEPTANCE_DUE");
        assertThat(deliveries(task, LedgerCause.ACCEPTANCE_DUE)).containsExactlyInAnyOrder(
                "IN_APP user:" + userId("zhujian") + " SENT", "IN_APP user:" + userId("zhujian2") + " SENT");
        String text = jdbc.sql("select body from reminder where subject_id = ? and subject_type = 'TASK'")
                .param(task).query(String.class).single();
        assertThat(text).contains("任务“催办测试：新交办待签收”已交办你单位").contains("签收或退回");

        int rows = rowsFor(task);
        pass.run(PassTrigger.MANUAL, "测试");
        assertThat(causes(task)).containsExactly("ACCEPTANCE_DUE");
        assertThat(rowsFor(task)).isEqualTo(rows);
    }

    @Test
    void twoPassesAtTheSameTimeRemindOnce() throws Exception {
        long task = Tasks.create(port, "催办测试：并发两次", "住建");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ReminderPass.Result>> runs = List.of(
                    threads.submit(() -> {
                        go.await();
                        return pass.run(PassTrigger.MANUAL, "并发一");
                    }),
                    threads.submit(() -> {
                        go.await();
                        return pass.run(PassTrigger.MANUAL, "并发二");
                    }));
            go.countDown();
            for (Future<ReminderPass.Result> f : runs) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(causes(task)).containsExactly("ACCEPTANCE_DUE");
        assertThat(deliveries(task, LedgerCause.ACCEPTANCE_DUE)).hasSize(2);
    }

    @Test
    void theDatabaseItselfRefusesASecondReminderForTheSameCauseSubjectPeriodAndUnit() {
        long task = Tasks.create(port, "催办测试：唯一约束", "住建");
        pass.run(PassTrigger.MANUAL, "测试");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into reminder (pass_id, cause, cause_label, subject_type, subject_id, period_key, unit_id,
                  audience, title, body, created_at)
                select pass_id, cause, cause_label, subject_type, subject_id, period_key, unit_id, audience, title,
                  body, luoshi_now() from reminder where subject_type = 'TASK' and subject_id = ?""").param(task).update())
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(causes(task)).containsExactly("ACCEPTANCE_DUE");
    }

    @Test
    void overdueSigningAlsoRemindsTheSupervisionOffice() {
        long task = Tasks.create(port, "催办测试：超期未签收", "住建");
        jdbc.sql("update task set assigned_at = luoshi_now() - interval '20 days' where id = ?").param(task).update();
        pass.run(PassTrigger.MANUAL, "测试");
        assertThat(causes(task)).containsExactly("ACCEPTANCE_OVERDUE");
        List<String> to = deliveries(task, LedgerCause.ACCEPTANCE_OVERDUE);
        assertThat(to).contains("IN_APP user:" + userId("zhujian") + " SENT",
                "IN_APP user:" + userId("zhujian2") + " SENT", "IN_APP user:" + userId("duchashi") + " SENT");
        assertThat(to).noneMatch(d -> d.contains("user:" + userId("fagai")));
        Map<String, Object> r = jdbc.sql("select audience, period_key from reminder where subject_id = ?"
                + " and subject_type = 'TASK'").param(task).query().singleRow();
        assertThat(r).containsEntry("audience", "UNIT_AND_SUPERVISORS")
                .containsEntry("period_key", calendars.current().previousWorkingDayOnOrBefore(today()).toString());
    }

    @Test
    void aDeadlineThreeWorkingDaysAwayIsRemindedToTheAcceptingUnit() {
        LocalDate deadline = calendars.current().addWorkingDays(today(), 3);
        Map<String, Object> body = fx.taskBody("催办测试：临近时限", "住建");
        body.put("deadline", deadline.toString());
        body.put("startDate", today().minusDays(30).toString());
        long task = Tasks.create(port, body);
        fx.accept(task, "zhujian");
        pass.run(PassTrigger.MANUAL, "测试");
        assertThat(causes(task)).contains("DEADLINE_SOON").doesNotContain("ACCEPTANCE_DUE");
        assertThat(jdbc.sql("select period_key from reminder where subject_id = ? and cause = 'DEADLINE_SOON'")
                .param(task).query(String.class).single()).isEqualTo(deadline.toString());
    }

    @Test
    void anOverdueTaskIsRemindedWithHowLateItIs() {
        long task = Tasks.create(port, "催办测试：已逾期", "住建");
        fx.accept(task, "zhujian");
        LocalDate past = calendars.current().addWorkingDays(today(), -3);
        jdbc.sql("update task set start_date = ?, deadline = ? where id = ?").params(past.minusDays(60), past, task)
                .update();
        pass.run(PassTrigger.MANUAL, "测试");
        assertThat(causes(task)).contains("OVERDUE");
        assertThat(jdbc.sql("select body from reminder where subject_id = ? and cause = 'OVERDUE'").param(task)
                .query(String.class).single()).contains("已超过完成时限").contains("3个工作日");
    }

    @Test
    void completedAndTerminatedWorkIsLeftAlone() {
        long task = Tasks.create(port, "催办测试：已终止", "住建");
        jdbc.sql("update task set status = 'TERMINATED' where id = ?").param(task).update();
        pass.run(PassTrigger.MANUAL, "测试");
        assertThat(causes(task)).isEmpty();
    }
}
