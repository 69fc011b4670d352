package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.common.Json;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The channels against real servers: e-mail to an in-process SMTP server (GreenMail), group-robot messages to a local
 * HTTP server; failures (HTTP 500, an errcode, a timeout, an SMTP server that refuses) are retried with back-off and
 * never hold up the other channels; quiet hours and the daily digest decide when mail goes.
 *
 * <p>The pass and dispatcher here are built by hand around the application's database, with a test source of due
 * items and a clock in 2030 (so the application's own dispatcher, on the real clock, never touches these rows).
 */
@LuoshiIntegrationTest
class ChannelTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY_10AM = LocalDateTime.of(2030, 1, 7, 10, 0).atZone(CHINA).toInstant();
    static final AtomicLong SUBJECTS = new AtomicLong(System.currentTimeMillis());

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

    MutableClock clock;
    RobotServer robot;
    TestSource source;
    long fagaiUnit;
    long guihuaUnit;
    long fagai;
    long guihua;

    /** Due items the test hands to the pass. */
    static final class TestSource implements ReminderSource {
        final List<DueItem> items = new ArrayList<>();

        @Override
        public String name() {
            return "测试";
        }

        @Override
        public List<DueItem> dueItems(ReminderContext context) {
            return List.copyOf(items);
        }
    }

    enum TestCause implements ReminderCause {
        PING;

        @Override
        public String code() {
            return "TEST_PING";
        }

        @Override
        public String label() {
            return "测试催办";
        }
    }

    /** A pass, its dispatcher and its channels, built by hand. */
    record Harness(ReminderPass pass, Dispatcher dispatcher, MailChannel mail) {
    }

    @BeforeEach
    void setUp() throws Exception {
        clock = new MutableClock(MONDAY_10AM, CHINA);
        robot = new RobotServer();
        source = new TestSource();
        fagaiUnit = org.findUnitByName("发改").orElseThrow().id();
        guihuaUnit = org.findUnitByName("规划").orElseThrow().id();
        fagai = user("fagai").id();
        guihua = user("guihua").id();
        preference(fagai, "fagai@luoshi.test", false);
        preference(guihua, "guihua@luoshi.test", true);
        settle();
    }

    @AfterEach
    void tearDown() {
        robot.close();
        settle();
    }

    /** Nothing of earlier tests stays in the queue. */
    void settle() {
        jdbc.sql("""
                update reminder_delivery set status = 'SKIPPED' where status in ('PENDING', 'SENDING')
                  and reminder_id in (select id from reminder where subject_type = 'TEST')""").update();
    }

    UserAccount user(String name) {
        return org.users().stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
    }

    void preference(long userId, String email, boolean digest) {
        jdbc.sql("""
                insert into notification_preference (user_id, email, email_enabled, quiet_enabled, quiet_start,
                  quiet_end, digest_enabled, digest_hour) values (?, ?, true, true, '22:00', '07:30', ?, 17)
                on conflict (user_id) do update set email = excluded.email, email_enabled = true,
                  quiet_enabled = true, quiet_start = '22:00', quiet_end = '07:30',
                  digest_enabled = excluded.digest_enabled, digest_hour = 17""").params(userId, email, digest).update();
    }

    ReminderProperties props(String robotUrl, String secret, Duration robotTimeout) {
        return new ReminderProperties("-", Duration.ofSeconds(60), 2, 5, 1, 5, "https://luoshi.example.gov.cn",
                "22:00", "07:30", new ReminderProperties.Retry(Duration.ofMinutes(1), Duration.ofHours(2), 10),
                new ReminderProperties.Mail("", 25, "", "", "", false, Duration.ofSeconds(5)),
                new ReminderProperties.Webhook(robotUrl == null ? "" : robotUrl, secret == null ? "" : secret,
                        "DINGTALK", robotTimeout, 10), 180);
    }

    MailChannel greenMailChannel() {
        int port = greenMail.getSmtp().getPort();
        return new MailChannel(MailChannel.sender("127.0.0.1", port, "", "", false, Duration.ofSeconds(5)),
                "luoshi@test.gov.cn", "127.0.0.1:" + port);
    }

    /** {@code autoKick}: whether the pass starts the dispatcher's own threads (else the test calls each round). */
    Harness harness(MailChannel mail, String robotUrl, String secret, Duration robotTimeout, boolean autoKick,
            ReminderSource... sources) {
        ReminderProperties p = props(robotUrl, secret, robotTimeout);
        if (mail == null) {
            mail = new MailChannel(null, "luoshi@test.gov.cn", "（未配置）"); // e-mail off
        }
        Webhooks webhooks = new Webhooks(jdbc, audit, org, p);
        WebhookChannel robots = new WebhookChannel(robotTimeout, clock);
        Dispatcher dispatcher = autoKick ? new Dispatcher(jdbc, clock, mail, robots, webhooks, org, p)
                : new Dispatcher(jdbc, clock, mail, robots, webhooks, org, p) {
                    @Override
                    void kick() {
                    }
                };
        ReminderPass pass = new ReminderPass(sources.length == 0 ? List.of(source) : List.of(sources), jdbc,
                template, tx, calendars, org, new Preferences(jdbc, audit, p), webhooks, mail, dispatcher, p, clock);
        return new Harness(pass, dispatcher, mail);
    }

    DueItem item(long unit, String title) {
        long id = SUBJECTS.incrementAndGet();
        return new DueItem(TestCause.PING, "TEST", id, "p1", unit, Audience.UNIT, title,
                "任务“" + title + "”距完成时限还剩3个工作日，请抓紧推进。", "/tasks/" + id);
    }

    /** {channel → "status attempts error"} of an item's deliveries to one recipient. */
    Map<String, Object> delivery(DueItem item, Channel channel) {
        return jdbc.sql("""
                select d.* from reminder_delivery d join reminder r on r.id = d.reminder_id
                where r.subject_type = 'TEST' and r.subject_id = ? and d.channel = ?""")
                .params(item.subjectId(), channel.name()).query().singleRow();
    }

    List<Map<String, Object>> deliveries(DueItem item) {
        return jdbc.sql("""
                select d.* from reminder_delivery d join reminder r on r.id = d.reminder_id
                where r.subject_type = 'TEST' and r.subject_id = ? order by d.channel, d.recipient""")
                .param(item.subjectId()).query().listOfRows();
    }

    static Instant at(Object timestamp) {
        return ((java.sql.Timestamp) timestamp).toInstant();
    }

    // ---- e-mail --------------------------------------------------------------------------------------------------

    @Test
    void anEmailReachesTheSmtpServerWithItsChineseSubjectAndBody() throws Exception {
        Harness h = harness(greenMailChannel(), null, null, Duration.ofSeconds(2), false);
        DueItem i = item(fagaiUnit, "老旧小区改造（一期）");
        source.items.add(i);
        h.pass().run(PassTrigger.MANUAL, "测试");
        assertThat(delivery(i, Channel.EMAIL)).containsEntry("status", "PENDING").containsEntry("recipient",
                "user:" + fagai);
        assertThat(delivery(i, Channel.IN_APP)).containsEntry("status", "SENT");

        assertThat(h.dispatcher().dispatchMail()).isEqualTo(1);
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage m = greenMail.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("【催办】测试催办：老旧小区改造（一期）");
        assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo("落实督查督办");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("fagai@luoshi.test");
        String body = (String) m.getContent();
        assertThat(body).contains(user("fagai").displayName() + "，您好")
                .contains("任务“老旧小区改造（一期）”距完成时限还剩3个工作日")
                .contains("办理：https://luoshi.example.gov.cn/tasks/" + i.subjectId());
        assertThat(delivery(i, Channel.EMAIL)).containsEntry("status", "SENT").containsEntry("attempts", 1);

        // The same item on the next pass: nothing new, nothing sent twice.
        h.pass().run(PassTrigger.MANUAL, "测试");
        assertThat(h.dispatcher().dispatchMail()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(deliveries(i)).hasSize(2);
    }

    @Test
    void anSmtpServerThatRefusesIsRetriedLaterWithTheReasonInChineseAndFinallyGivenUp() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        MailChannel refusing = new MailChannel(MailChannel.sender("127.0.0.1", closed, "", "", false,
                Duration.ofSeconds(2)), "luoshi@test.gov.cn", "127.0.0.1:" + closed);
        Harness h = harness(refusing, null, null, Duration.ofSeconds(2), false);
        DueItem a = item(fagaiUnit, "拒收测试一");
        DueItem b = item(fagaiUnit, "拒收测试二");
        source.items.addAll(List.of(a, b));
        h.pass().run(PassTrigger.MANUAL, "测试");
        h.dispatcher().dispatchMail();
        for (DueItem i : List.of(a, b)) {
            Map<String, Object> d = delivery(i, Channel.EMAIL);
            assertThat(d).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                    .containsEntry("last_error", "无法连接邮件服务器 127.0.0.1:" + closed + "（连接被拒绝）");
            assertThat(at(d.get("next_attempt_at"))).isEqualTo(MONDAY_10AM.plus(Duration.ofMinutes(1)));
            assertThat(delivery(i, Channel.IN_APP)).containsEntry("status", "SENT");
        }
        // Not due yet: nothing is tried.
        assertThat(h.dispatcher().dispatchMail()).isZero();
        // The tenth failure is the last.
        jdbc.sql("update reminder_delivery set attempts = 9 where id = ?")
                .param(delivery(a, Channel.EMAIL).get("id")).update();
        clock.advance(Duration.ofMinutes(2));
        h.dispatcher().dispatchMail();
        assertThat(delivery(a, Channel.EMAIL)).containsEntry("status", "FAILED").containsEntry("attempts", 10)
                .containsEntry("last_error", "无法连接邮件服务器 127.0.0.1:" + closed + "（连接被拒绝）（已重试10次，放弃）");
        assertThat(delivery(b, Channel.EMAIL)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
        assertThat(at(delivery(b, Channel.EMAIL).get("next_attempt_at")))
                .isEqualTo(MONDAY_10AM.plus(Duration.ofMinutes(4)));
    }

    @Test
    void quietHoursHoldEmailAndRobotMessagesUntilMorningButTheBellRingsAtOnce() throws Exception {
        clock.set(LocalDateTime.of(2030, 1, 7, 23, 0).atZone(CHINA).toInstant());
        Harness h = harness(greenMailChannel(), robot.url("/robot/quiet"), null, Duration.ofSeconds(2), false);
        DueItem i = item(fagaiUnit, "夜间催办");
        source.items.add(i);
        h.pass().run(PassTrigger.MANUAL, "测试");
        Instant morning = LocalDateTime.of(2030, 1, 8, 7, 30).atZone(CHINA).toInstant();
        assertThat(delivery(i, Channel.IN_APP)).containsEntry("status", "SENT");
        assertThat(delivery(i, Channel.EMAIL)).containsEntry("status", "PENDING").containsEntry("hold", "QUIET");
        assertThat(at(delivery(i, Channel.EMAIL).get("next_attempt_at"))).isEqualTo(morning);
        assertThat(at(delivery(i, Channel.WEBHOOK).get("next_attempt_at"))).isEqualTo(morning);
        h.dispatcher().dispatchMail();
        h.dispatcher().dispatchRobots();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(robot.received).isEmpty();

        clock.set(morning.plusSeconds(60));
        h.dispatcher().dispatchMail();
        h.dispatcher().dispatchRobots();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(robot.received).hasSize(1);
        assertThat(delivery(i, Channel.EMAIL)).containsEntry("status", "SENT");
        assertThat(delivery(i, Channel.WEBHOOK)).containsEntry("status", "SENT");
    }

    @Test
    void theDailyDigestIsOneMailWithAllOfTheDaysReminders() throws Exception {
        Harness h = harness(greenMailChannel(), null, null, Duration.ofSeconds(2), false);
        DueItem first = item(guihuaUnit, "规划许可一");
        source.items.add(first);
        h.pass().run(PassTrigger.MANUAL, "测试");
        clock.advance(Duration.ofHours(1));
        DueItem second = item(guihuaUnit, "规划许可二");
        source.items.add(second);
        h.pass().run(PassTrigger.MANUAL, "测试");
        Instant five = LocalDateTime.of(2030, 1, 7, 17, 0).atZone(CHINA).toInstant();
        for (DueItem i : List.of(first, second)) {
            assertThat(delivery(i, Channel.EMAIL)).containsEntry("hold", "DIGEST");
            assertThat(at(delivery(i, Channel.EMAIL).get("next_attempt_at"))).isEqualTo(five);
        }
        assertThat(h.dispatcher().dispatchMail()).isZero();

        clock.set(five);
        assertThat(h.dispatcher().dispatchMail()).isEqualTo(2);
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] got = greenMail.getReceivedMessages();
        assertThat(got).hasSize(1);
        assertThat(got[0].getSubject()).isEqualTo("【催办汇总】1月7日 共2条");
        assertThat(got[0].getAllRecipients()[0].toString()).isEqualTo("guihua@luoshi.test");
        assertThat((String) got[0].getContent()).contains("1. 【测试催办】任务“规划许可一”")
                .contains("2. 【测试催办】任务“规划许可二”");
        assertThat(delivery(first, Channel.EMAIL)).containsEntry("status", "SENT");
        assertThat(delivery(second, Channel.EMAIL)).containsEntry("status", "SENT");
    }

    // ---- group robots --------------------------------------------------------------------------------------------

    @Test
    void theRobotReceivesTheTextMessageJsonSignedForDingTalk() {
        Harness h = harness(null, robot.url("/robot/send?access_token=t0k3n"), "SECtestsecret",
                Duration.ofSeconds(2), false);
        DueItem i = item(fagaiUnit, "重点项目开工");
        source.items.add(i);
        h.pass().run(PassTrigger.MANUAL, "测试");
        assertThat(deliveries(i)).extracting(d -> d.get("channel")).containsExactly("IN_APP", "WEBHOOK");
        assertThat(delivery(i, Channel.WEBHOOK)).containsEntry("recipient", "robot:global");

        assertThat(h.dispatcher().dispatchRobots()).isEqualTo(1);
        assertThat(robot.received).hasSize(1);
        RobotServer.Received r = robot.received.get(0);
        assertThat(r.path()).isEqualTo("/robot/send");
        long ts = Long.parseLong(r.query().replaceAll(".*timestamp=(\\d+).*", "$1"));
        assertThat(ts).isEqualTo(MONDAY_10AM.toEpochMilli());
        assertThat(r.query()).isEqualTo("access_token=t0k3n&timestamp=" + ts + "&sign="
                + RobotMessage.dingTalkSign(ts, "SECtestsecret"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = Json.read(r.body(), Map.class);
        assertThat(json).containsEntry("msgtype", "text");
        @SuppressWarnings("unchecked")
        String content = (String) ((Map<String, Object>) json.get("text")).get("content");
        assertThat(content).startsWith("【落实·催办】共1条提醒\n【测试催办】发改：任务“重点项目开工”距完成时限还剩3个工作日")
                .endsWith("请登录落实系统办理：https://luoshi.example.gov.cn/");
        assertThat(delivery(i, Channel.WEBHOOK)).containsEntry("status", "SENT");
    }

    @Test
    void aRobotAnswering500IsRetriedAfterTheBackOffAndThenDelivered() {
        robot.mode = RobotServer.Mode.ERROR_500;
        Harness h = harness(null, robot.url("/robot/flaky"), null, Duration.ofSeconds(2), false);
        DueItem i = item(fagaiUnit, "河道整治");
        source.items.add(i);
        h.pass().run(PassTrigger.MANUAL, "测试");
        h.dispatcher().dispatchRobots();
        Map<String, Object> d = delivery(i, Channel.WEBHOOK);
        assertThat(d).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("last_error", "钉钉群机器人返回 HTTP 500：internal error");
        assertThat(at(d.get("next_attempt_at"))).isEqualTo(MONDAY_10AM.plus(Duration.ofMinutes(1)));

        assertThat(h.dispatcher().dispatchRobots()).isZero(); // not due yet
        assertThat(robot.received).hasSize(1);

        robot.mode = RobotServer.Mode.ERRCODE;
        clock.advance(Duration.ofSeconds(61));
        h.dispatcher().dispatchRobots();
        assertThat(delivery(i, Channel.WEBHOOK)).containsEntry("attempts", 2).containsEntry("last_error",
                "钉钉群机器人拒绝了消息：errcode=310000，sign not match");
        assertThat(at(delivery(i, Channel.WEBHOOK).get("next_attempt_at")))
                .isEqualTo(MONDAY_10AM.plus(Duration.ofSeconds(61)).plus(Duration.ofMinutes(2)));

        robot.mode = RobotServer.Mode.OK;
        clock.advance(Duration.ofMinutes(3));
        h.dispatcher().dispatchRobots();
        assertThat(delivery(i, Channel.WEBHOOK)).containsEntry("status", "SENT").containsEntry("attempts", 3);
        assertThat(robot.received).hasSize(3);
    }

    @Test
    void aRobotThatTimesOutDelaysNeitherTheBellNorTheEmail() throws Exception {
        MailChannel mail = greenMailChannel();
        // Warm the mail path up so the timing below measures the channels, not class loading.
        assertThat(mail.send(List.of(new MailChannel.Mail("warmup@luoshi.test", "预热", "预热"))).errors())
                .containsOnlyNulls();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        robot.mode = RobotServer.Mode.SLOW;
        robot.slowMillis = 8_000;
        Harness h = harness(mail, robot.url("/robot/slow"), null, Duration.ofSeconds(3), true);
        DueItem i = item(fagaiUnit, "慢机器人");
        source.items.add(i);
        long t0 = System.nanoTime();
        h.pass().run(PassTrigger.MANUAL, "测试"); // commits, then starts both channels on their own threads
        assertThat(delivery(i, Channel.IN_APP)).containsEntry("status", "SENT");
        assertThat(greenMail.waitForIncomingEmail(2_500, 2)).as("the e-mail arrives while the robot hangs").isTrue();
        long mailedAfter = (System.nanoTime() - t0) / 1_000_000;
        assertThat(mailedAfter).isLessThan(3_000);
        assertThat(delivery(i, Channel.WEBHOOK).get("status")).isIn("SENDING", "PENDING");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivery(i, Channel.WEBHOOK).get("last_error") != null);
        Map<String, Object> d = delivery(i, Channel.WEBHOOK);
        assertThat(d).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("last_error", "钉钉群机器人在3秒内没有响应（超时）");
        assertThat(delivery(i, Channel.EMAIL)).containsEntry("status", "SENT");
        h.dispatcher().stop();
    }

    @Test
    void aUnitsOwnRobotGetsItsRemindersAndTheGlobalOneTheRest() {
        RobotServer own = robot;
        Harness h = harness(null, own.url("/global"), null, Duration.ofSeconds(2), false);
        jdbc.sql("insert into reminder_webhook (unit_id, kind, url, updated_by) values (?, 'WECOM', ?, 'test')")
                .params(guihuaUnit, own.url("/guihua?key=k")).update();
        try {
            DueItem forGuihua = item(guihuaUnit, "规划一张图");
            DueItem forFagai = item(fagaiUnit, "发改项目库");
            source.items.addAll(List.of(forGuihua, forFagai));
            h.pass().run(PassTrigger.MANUAL, "测试");
            assertThat(delivery(forGuihua, Channel.WEBHOOK)).containsEntry("recipient", "robot:unit:" + guihuaUnit);
            assertThat(delivery(forFagai, Channel.WEBHOOK)).containsEntry("recipient", "robot:global");
            h.dispatcher().dispatchRobots();
            assertThat(own.received).extracting(RobotServer.Received::path)
                    .containsExactlyInAnyOrder("/guihua", "/global");
            String unitMessage = own.received.stream().filter(r -> r.path().equals("/guihua")).findFirst()
                    .orElseThrow().body();
            assertThat(unitMessage).contains("【落实·催办】规划 共1条提醒").contains("规划一张图")
                    .doesNotContain("发改项目库");
        } finally {
            jdbc.sql("delete from reminder_webhook where unit_id = ?").param(guihuaUnit).update();
        }
    }

    /**
     * The deliveries are fanned out in SQL now (decision 47); the old writer built them row by row in Java. Both, over
     * the same kinds of items (a unit's own robot and the global one, e-mail now and as digest, the 督查室 as
     * audience), write the same rows.
     */
    @Test
    void theDeliveriesFannedOutInSqlAreTheRowsTheOldWriterBuiltOneByOne() {
        clock.set(LocalDateTime.of(2030, 1, 7, 23, 0).atZone(CHINA).toInstant()); // quiet hours: held rows too
        Harness h = harness(greenMailChannel(), robot.url("/global"), null, Duration.ofSeconds(2), false);
        long duchashi = user("duchashi").id();
        preference(duchashi, "duchashi@luoshi.test", false);
        jdbc.sql("insert into reminder_webhook (unit_id, kind, url, updated_by) values (?, 'WECOM', ?, 'test')")
                .params(guihuaUnit, robot.url("/guihua?key=k")).update();
        try {
            List<Audience> audiences = List.of(Audience.UNIT, Audience.UNIT, Audience.UNIT_AND_SUPERVISORS,
                    Audience.SUPERVISORS);
            List<Long> units = java.util.Arrays.asList(fagaiUnit, guihuaUnit, guihuaUnit, null);
            List<DueItem> oldItems = new ArrayList<>();
            List<DueItem> newItems = new ArrayList<>();
            for (List<DueItem> list : List.of(oldItems, newItems)) {
                for (int k = 0; k < audiences.size(); k++) {
                    long id = SUBJECTS.incrementAndGet();
                    list.add(new DueItem(TestCause.PING, "TEST", id, "p1", units.get(k), audiences.get(k), "对照" + k,
                            "对照催办" + k, "/tasks/" + id));
                }
            }
            ReminderPass fresh = h.pass();
            TestSource old = new TestSource();
            old.items.addAll(oldItems);
            ReminderProperties p = props(robot.url("/global"), null, Duration.ofSeconds(2));
            LegacyReminderPass legacy = new LegacyReminderPass(List.of(old), jdbc, template, tx, calendars, org,
                    new Preferences(jdbc, audit, p), new Webhooks(jdbc, audit, org, p), greenMailChannel(),
                    h.dispatcher(), p, clock);
            LegacyReminderPass.LegacyResult was = legacy.run(PassTrigger.MANUAL, "旧写法");
            source.items.addAll(newItems);
            ReminderPass.Result r = fresh.run(PassTrigger.MANUAL, "新写法");
            assertThat(r.deliveries()).isEqualTo(was.deliveries()).containsKeys(Channel.IN_APP, Channel.EMAIL)
                    .containsEntry(Channel.WEBHOOK, 4);
            List<String> before = rowsOf(oldItems);
            assertThat(before).contains("0 EMAIL user:" + fagai + " PENDING QUIET",
                    "1 EMAIL user:" + guihua + " PENDING DIGEST",
                    "1 WEBHOOK robot:unit:" + guihuaUnit + " PENDING QUIET",
                    "3 WEBHOOK robot:global PENDING QUIET", "3 EMAIL user:" + duchashi + " PENDING QUIET");
            assertThat(rowsOf(newItems)).isEqualTo(before);
        } finally {
            jdbc.sql("delete from reminder_webhook where unit_id = ?").param(guihuaUnit).update();
            jdbc.sql("delete from notification_preference where user_id = ?").param(duchashi).update();
        }
    }

    /** "k CHANNEL recipient STATUS HOLD" plus the times, per delivery, k = the item's place in {@code items}. */
    List<String> rowsOf(List<DueItem> items) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            for (Map<String, Object> d : deliveries(items.get(k))) {
                out.add(k + " " + d.get("channel") + " " + d.get("recipient") + " " + d.get("status")
                        + (d.get("hold") == null ? "" : " " + d.get("hold")));
                out.add(k + " times " + d.get("user_id") + " " + d.get("next_attempt_at") + " " + d.get("sent_at") + " "
                        + d.get("created_at") + " " + d.get("attempts") + " " + d.get("read_at"));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    // ---- sources -------------------------------------------------------------------------------------------------

    @Test
    void aFailingSourceIsReportedAndTheOthersStillRemind() {
        ReminderSource broken = new ReminderSource() {
            @Override
            public String name() {
                return "坏来源";
            }

            @Override
            public List<DueItem> dueItems(ReminderContext context) {
                throw new IllegalStateException("数据库视图不存在");
            }
        };
        Harness h = harness(null, null, null, Duration.ofSeconds(2), false, broken, source);
        DueItem i = item(fagaiUnit, "其他来源照常");
        source.items.add(i);
        ReminderPass.Result r = h.pass().run(PassTrigger.MANUAL, "测试");
        assertThat(r.errors()).containsExactly("催办来源「坏来源」出错，本次跳过：数据库视图不存在");
        assertThat(deliveries(i)).hasSize(1);
        assertThat(jdbc.sql("select errors from reminder_pass where id = ?").param(r.passId()).query(String.class)
                .single()).contains("坏来源");
    }
}
