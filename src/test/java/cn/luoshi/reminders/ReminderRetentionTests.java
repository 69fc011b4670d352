package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 催办保留期 on the real database with a clock the test moves. Everything here happens in 2020 (the retention's
 * cutoff is then in early 2020), so the rows of other tests, written today or in 2030, are never old enough to go.
 */
@LuoshiIntegrationTest
class ReminderRetentionTests {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Monday 3 August 2020, 10:00: 180 days back is 5 February 2020. */
    static final Instant NOW = LocalDateTime.of(2020, 8, 3, 10, 0).atZone(CHINA).toInstant();
    static final Instant JANUARY = LocalDateTime.of(2020, 1, 6, 10, 0).atZone(CHINA).toInstant();
    static final Instant JUNE = LocalDateTime.of(2020, 6, 1, 10, 0).atZone(CHINA).toInstant();
    static final AtomicLong SUBJECTS = new AtomicLong(System.currentTimeMillis() + 7_000_000L);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Autowired
    LedgerReminderSource ledger;

    MutableClock clock;
    OpenSource source;
    /** A unit without accounts: the passes here remind nobody's bell. */
    long unit;

    /** Due items and open subjects the test decides; it answers for subject type RTEST only. */
    static final class OpenSource implements ReminderSource {
        final List<DueItem> due = new ArrayList<>();
        final Set<Long> open = new HashSet<>();

        @Override
        public String name() {
            return "保留期测试";
        }

        @Override
        public List<DueItem> dueItems(ReminderContext context) {
            return List.copyOf(due);
        }

        @Override
        public Map<String, Set<Long>> openSubjects(ReminderContext context) {
            return Map.of("RTEST", Set.copyOf(open));
        }
    }

    @BeforeEach
    void setUp() {
        clock = new MutableClock(NOW, CHINA);
        source = new OpenSource();
        unit = jdbc.sql("""
                select u.id from unit u where not exists (select 1 from app_user a where a.unit_id = u.id)
                order by u.id limit 1""").query(Long.class).single();
    }

    static ReminderProperties props(int retentionDays) {
        return new ReminderProperties("-", Duration.ofSeconds(60), 2, 5, 1, 5, "", "22:00", "07:30",
                new ReminderProperties.Retry(Duration.ofMinutes(1), Duration.ofHours(2), 10),
                new ReminderProperties.Mail("", 25, "", "", "", false, Duration.ofSeconds(5)),
                new ReminderProperties.Webhook("", "", "", Duration.ofSeconds(5), 10), retentionDays);
    }

    ReminderRetention retention(int days, ReminderSource... sources) {
        return new ReminderRetention(jdbc, tx, List.of(sources), props(days), clock);
    }

    ReminderContext context() {
        return new ReminderContext(clock.instant(), clock.instant().atZone(CHINA).toLocalDate(), calendars.current());
    }

    /** A pass at {@code at} with one reminder per spec, as the pass writes them; returns the reminder ids. */
    List<Long> pass(Instant at, Spec... specs) {
        Timestamp t = Timestamp.from(at);
        long passId = jdbc.sql("""
                insert into reminder_pass (started_at, finished_at, trigger, triggered_by)
                values (?, ?, 'MANUAL', 'test') returning id""").params(t, t).query(Long.class).single();
        List<Long> ids = new ArrayList<>();
        for (Spec s : specs) {
            long id = jdbc.sql("""
                    insert into reminder (pass_id, cause, cause_label, subject_type, subject_id, period_key, unit_id,
                      audience, title, body, created_at)
                    values (?, 'TEST_PING', '测试催办', ?, ?, 'p1', ?, 'UNIT', '保留期测试', '保留期测试', ?) returning id""")
                    .params(passId, s.type(), s.subject(), unit, t).query(Long.class).single();
            // In-app to an account id nobody has (no foreign keys on these tables), so no real bell counts it.
            jdbc.sql("""
                    insert into reminder_delivery (reminder_id, channel, recipient, user_id, status, sent_at, read_at,
                      created_at) values (?, 'IN_APP', 'user:-1', -1, 'SENT', ?, ?, ?)""")
                    .params(id, t, s.read() ? t : null, t).update();
            if (s.email() != null) {
                jdbc.sql("""
                        insert into reminder_delivery (reminder_id, channel, recipient, user_id, status,
                          next_attempt_at, created_at) values (?, 'EMAIL', 'user:-1', -1, ?, ?, ?)""")
                        .params(id, s.email(), t, t).update();
            }
            ids.add(id);
        }
        jdbc.sql("update reminder_pass set first_reminder_id = ?, last_reminder_id = ?, created = ? where id = ?")
                .params(ids.get(0), ids.get(ids.size() - 1), ids.size(), passId).update();
        return ids;
    }

    record Spec(String type, long subject, boolean read, String email) {
    }

    static Spec read(long subject) {
        return new Spec("RTEST", subject, true, "SENT");
    }

    static Spec unread(String type, long subject) {
        return new Spec(type, subject, false, null);
    }

    boolean exists(long reminderId) {
        return jdbc.sql("select exists(select 1 from reminder where id = ?)").param(reminderId)
                .query(Boolean.class).single();
    }

    int deliveries(long reminderId) {
        return jdbc.sql("select count(*) from reminder_delivery where reminder_id = ?").param(reminderId)
                .query(Integer.class).single();
    }

    boolean passExists(long reminderId) {
        return jdbc.sql("select exists(select 1 from reminder_pass p join reminder r on r.pass_id = p.id "
                + "where r.id = ?)").param(reminderId).query(Boolean.class).single();
    }

    long subject() {
        return SUBJECTS.incrementAndGet();
    }

    @Test
    void settledRemindersOlderThanThePeriodGoWithTheirDeliveriesUnreadOnesAboutOpenWorkStay() {
        long openWork = subject();
        long closedWork = subject();
        source.open.add(openWork);
        List<Long> old = pass(JANUARY, read(subject()), unread("RTEST", openWork), unread("RTEST", closedWork),
                new Spec("RTEST", subject(), true, "PENDING"), unread("RTEST_UNKNOWN", subject()));
        List<Long> recent = pass(JUNE, read(subject()));

        ReminderRetention.Purged purged = retention(180, source).purge(Set.of(), context());

        assertThat(exists(old.get(0))).as("read, e-mail sent").isFalse();
        assertThat(deliveries(old.get(0))).isZero();
        assertThat(exists(old.get(1))).as("unread, work open").isTrue();
        assertThat(deliveries(old.get(1))).isEqualTo(1);
        assertThat(exists(old.get(2))).as("unread, work closed").isFalse();
        assertThat(exists(old.get(3))).as("e-mail still to send").isTrue();
        assertThat(exists(old.get(4))).as("unread, nobody can tell whether its work is open").isTrue();
        assertThat(exists(recent.get(0))).as("younger than 180 days").isTrue();
        assertThat(purged.reminders()).isGreaterThanOrEqualTo(2); // and any old ones other tests here left
        assertThat(purged.deliveries()).isGreaterThanOrEqualTo(3);
        assertThat(passExists(old.get(1))).as("a pass with reminders left stays").isTrue();

        // Five months later June's reminder is old too; the open work's unread one still stays.
        clock.set(LocalDateTime.of(2020, 12, 31, 10, 0).atZone(CHINA).toInstant());
        retention(180, source).purge(Set.of(), context());
        assertThat(exists(recent.get(0))).isFalse();
        assertThat(exists(old.get(1))).isTrue();

        // Once the work is closed the unread one goes too, and then its pass.
        source.open.clear();
        retention(180, source).purge(Set.of(), context());
        assertThat(exists(old.get(1))).isFalse();
        assertThat(exists(old.get(3))).isTrue();
        jdbc.sql("update reminder_delivery set status = 'FAILED' where reminder_id = ? and channel = 'EMAIL'")
                .param(old.get(3)).update();
        retention(180, source).purge(Set.of(), context());
        assertThat(exists(old.get(3))).isFalse();
        assertThat(exists(old.get(4))).isTrue();
        jdbc.sql("update reminder_delivery set read_at = luoshi_now() where reminder_id = ?").param(old.get(4)).update();
        ReminderRetention.Purged last = retention(180, source).purge(Set.of(), context());
        assertThat(exists(old.get(4))).isFalse();
        assertThat(last.passes()).isGreaterThanOrEqualTo(1);
        assertThat(passExists(old.get(4))).isFalse();
    }

    @Test
    void theRetentionIsConfigurableAndZeroKeepsEverything() {
        List<Long> ids = pass(JUNE, read(subject()));
        assertThat(retention(0, source).purge(Set.of(), context()).reminders()).isZero();
        assertThat(retention(180, source).purge(Set.of(), context()).reminders()).isZero();
        assertThat(exists(ids.get(0))).isTrue();
        retention(30, source).purge(Set.of(), context());
        assertThat(exists(ids.get(0))).isFalse();
    }

    @Test
    void aReminderWhoseKeyIsDueNowStaysOtherwiseTheNextPassWouldRemindAgain() {
        long subject = subject();
        List<Long> ids = pass(JANUARY, read(subject));
        String key = ReminderPass.fullKey("TEST_PING", "RTEST", subject, "p1", unit);
        retention(180, source).purge(Set.of(key), context());
        assertThat(exists(ids.get(0))).isTrue();
        retention(180, source).purge(Set.of(), context());
        assertThat(exists(ids.get(0))).isFalse();
    }

    @Test
    void theLedgerSaysWhichTasksAreOpenWaitingAndInProgressYesTerminatedNo() {
        long open = Tasks.create(port, "保留期测试：待签收", "住建");
        long closed = Tasks.create(port, "保留期测试：已终止", "住建");
        jdbc.sql("update task set status = 'TERMINATED' where id = ?").param(closed).update();
        List<Long> ids = pass(JANUARY, unread("TASK", open), unread("TASK", closed));
        retention(180, source, ledger).purge(Set.of(), context());
        assertThat(exists(ids.get(0))).as("unread about a task still 待签收").isTrue();
        assertThat(exists(ids.get(1))).as("unread about a terminated task").isFalse();
        jdbc.sql("delete from reminder_delivery where reminder_id = ?").param(ids.get(0)).update();
        jdbc.sql("delete from reminder where id = ?").param(ids.get(0)).update();
    }

    @Test
    void theScheduledPassPurgesOnceAWorkingDayAndKeepsWhatIsDue() {
        long dueSubject = subject();
        long doneSubject = subject();
        List<Long> ids = pass(JANUARY, read(dueSubject), read(doneSubject));
        source.due.add(new DueItem(ChannelTests.TestCause.PING, "RTEST", dueSubject, "p1", unit, Audience.UNIT,
                "保留期测试", "仍然到期", null));
        ReminderPass pass = new ReminderPass(List.of(source), jdbc, template, tx, calendars, org,
                new Preferences(jdbc, audit, props(180)), new Webhooks(jdbc, audit, org, props(180)),
                new MailChannel(null, "luoshi@test.gov.cn", "（未配置）"), null, props(180), clock,
                retention(180, source));

        pass.scheduled();
        assertThat(exists(ids.get(0))).as("its key is due now: the pass found it already reminded").isTrue();
        assertThat(exists(ids.get(1))).isFalse();

        List<Long> later = pass(JANUARY, read(subject()));
        clock.set(NOW.plus(Duration.ofHours(2)));
        pass.scheduled();
        assertThat(exists(later.get(0))).as("once a day").isTrue();

        clock.set(LocalDateTime.of(2020, 8, 8, 10, 0).atZone(CHINA).toInstant()); // Saturday: no pass
        pass.scheduled();
        assertThat(exists(later.get(0))).isTrue();
        clock.set(LocalDateTime.of(2020, 8, 10, 10, 0).atZone(CHINA).toInstant()); // Monday
        pass.scheduled();
        assertThat(exists(later.get(0))).isFalse();
        assertThat(exists(ids.get(0))).isTrue();
        source.due.clear();
        retention(180, source).purge(Set.of(), context());
        assertThat(exists(ids.get(0))).isFalse();
    }
}
