package cn.luoshi.reminders;

import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail and group-robot deliveries whose time has come. Each channel has its own thread(s), so a slow or
 * failing channel never delays another (and in-app notifications never wait at all): a round claims due rows
 * ({@code for update skip locked}, so two instances never send the same row), sends, and records per row 已发送 or
 * the error in Chinese with the next attempt after an exponential back-off, up to the last attempt (发送失败).
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final int MAIL_ROUND = 200;
    private static final int MAIL_BATCH = 20;
    private static final int ROBOT_ROUND = 2_000;
    /** A row claimed longer ago than this was lost with its sender (restart): it is sent again. */
    private static final Duration STALE = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailChannel mail;
    private final WebhookChannel robots;
    private final Webhooks webhooks;
    private final OrgDirectory org;
    private final Backoff backoff;
    private final ReminderProperties props;
    private final ExecutorService mailThread = Executors.newSingleThreadExecutor(named("reminder-mail"));
    private final ExecutorService robotThread = Executors.newSingleThreadExecutor(named("reminder-robot"));
    private final ExecutorService robotPool = Executors.newFixedThreadPool(4, named("reminder-robot-send"));
    private final AtomicBoolean mailBusy = new AtomicBoolean();
    private final AtomicBoolean robotBusy = new AtomicBoolean();

    @Autowired
    Dispatcher(JdbcClient jdbc, Clock clock, MailChannel mail, WebhookChannel robots, Webhooks webhooks,
            OrgDirectory org, ReminderProperties props) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
        this.robots = robots;
        this.webhooks = webhooks;
        this.org = org;
        this.props = props;
        this.backoff = props.retry().backoff();
    }

    /** Starts a round on each channel's own thread, unless one is running; returns at once. */
    void kick() {
        if (mail.enabled() && mailBusy.compareAndSet(false, true)) {
            mailThread.execute(() -> loop(this::dispatchMail, mailBusy, "邮件"));
        }
        if (robotBusy.compareAndSet(false, true)) {
            robotThread.execute(() -> loop(this::dispatchRobots, robotBusy, "群机器人"));
        }
    }

    private void loop(java.util.function.IntSupplier round, AtomicBoolean busy, String what) {
        try {
            int n;
            do {
                n = round.getAsInt();
            } while (n > 0 && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            if (cn.luoshi.common.DatabaseStatus.isOutage(e)) {
                database.markDown(e);
                log.warn("数据库不可用，催办{}发送暂停（恢复后继续）", what);
            } else {
                log.error("催办{}发送出错", what, e);
            }
        } finally {
            busy.set(false);
        }
    }

    @Scheduled(fixedDelayString = "${luoshi.reminders.dispatch-interval:60s}",
            initialDelayString = "${luoshi.reminders.dispatch-interval:60s}")
    void scheduled() {
        database.whenUp("催办发送", () -> {
            recoverStale();
            kick();
        });
    }

    /** 数据库不可用时跳过 (one log line); tests that build this by hand get an always-up status. */
    private cn.luoshi.common.DatabaseStatus database = new cn.luoshi.common.DatabaseStatus();

    @org.springframework.beans.factory.annotation.Autowired
    void setDatabaseStatus(cn.luoshi.common.DatabaseStatus database) {
        this.database = database;
    }

    /** Rows left 发送中 by a sender that died (restart) go back to the queue. */
    int recoverStale() {
        return jdbc.sql("""
                update reminder_delivery set status = 'PENDING', claimed_at = null
                where status = 'SENDING' and claimed_at < ?""")
                .param(Timestamp.from(clock.instant().minus(STALE))).update();
    }

    /** On shutdown: no new rounds; a round under way may finish its current message (rows left 发送中 recover). */
    @PreDestroy
    void stop() {
        for (ExecutorService e : List.of(mailThread, robotThread, robotPool)) {
            e.shutdownNow();
        }
        try {
            for (ExecutorService e : List.of(mailThread, robotThread, robotPool)) {
                e.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- claimed rows --------------------------------------------------------------------------------------------

    /** A delivery claimed for sending, with its reminder. */
    record Claimed(long id, Long userId, String recipient, Hold hold, int attempts, String causeLabel, String title,
            String body, String link, Long unitId, Instant createdAt, boolean notice) {
    }

    private List<Claimed> claim(Channel channel, int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                with claimed as (
                  update reminder_delivery d set status = 'SENDING', claimed_at = :now
                  where d.id in (select id from reminder_delivery where channel = :channel and status = 'PENDING'
                                   and next_attempt_at <= :now order by next_attempt_at, id limit :limit
                                 for update skip locked)
                  returning d.*)
                select c.id, c.user_id, c.recipient, c.hold, c.attempts, r.cause_label, r.title, r.body, r.link,
                  r.unit_id, r.created_at, r.pass_id = 0 as notice
                from claimed c join reminder r on r.id = c.reminder_id order by r.unit_id, r.created_at, c.id""")
                .param("now", now).param("channel", channel.name()).param("limit", limit)
                .query(Dispatcher::claimed).list();
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        String hold = rs.getString("hold");
        return new Claimed(rs.getLong("id"), (Long) rs.getObject("user_id"), rs.getString("recipient"),
                hold == null ? null : Hold.valueOf(hold), rs.getInt("attempts"), rs.getString("cause_label"),
                rs.getString("title"), rs.getString("body"), rs.getString("link"), (Long) rs.getObject("unit_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("notice"));
    }

    private void sent(List<Claimed> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    update reminder_delivery set status = 'SENT', sent_at = :at, claimed_at = null, last_error = null,
                      attempts = attempts + 1 where id in (:ids)""")
                    .param("at", Timestamp.from(clock.instant())).param("ids", ids(rows)).update();
        }
    }

    /** A failed attempt: 待发送 again after the back-off, or 发送失败 after the last one. */
    private void failed(List<Claimed> rows, String error) {
        Instant now = clock.instant();
        for (Claimed c : rows) {
            int failures = c.attempts() + 1;
            boolean giveUp = backoff.givesUpAfter(failures);
            jdbc.sql("""
                    update reminder_delivery set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?,
                      claimed_at = null where id = ?""")
                    .params(giveUp ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name(), failures,
                            giveUp ? error + "（已重试" + failures + "次，放弃）" : error,
                            giveUp ? null : Timestamp.from(now.plus(backoff.delayAfter(failures))), c.id())
                    .update();
        }
    }

    /** Not tried this round (the server was down, or the robot's per-round limit): back to the queue as it was. */
    private void release(List<Claimed> rows, Instant notBefore) {
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    update reminder_delivery set status = 'PENDING', claimed_at = null,
                      next_attempt_at = greatest(next_attempt_at, :at) where id in (:ids) and status = 'SENDING'""")
                    .param("at", Timestamp.from(notBefore)).param("ids", ids(rows)).update();
        }
    }

    private void skipped(List<Claimed> rows, String why) {
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    update reminder_delivery set status = 'SKIPPED', last_error = :why, claimed_at = null
                    where id in (:ids)""").param("why", why).param("ids", ids(rows)).update();
        }
    }

    private static List<Long> ids(List<Claimed> rows) {
        return rows.stream().map(Claimed::id).toList();
    }

    // ---- e-mail --------------------------------------------------------------------------------------------------

    /** One e-mail round: returns how many deliveries it handled (0: nothing was due). */
    int dispatchMail() {
        if (!mail.enabled()) {
            return 0;
        }
        List<Claimed> rows = claim(Channel.EMAIL, MAIL_ROUND);
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, String> addresses = addresses(rows);
        Map<Long, UserAccount> users = org.users().stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        // One e-mail per reminder, or one per user for the digest.
        List<MailChannel.Mail> mails = new ArrayList<>();
        List<List<Claimed>> covered = new ArrayList<>();
        List<Claimed> noAddress = new ArrayList<>();
        Map<Long, List<Claimed>> digests = new LinkedHashMap<>();
        for (Claimed c : rows) {
            String to = addresses.get(c.userId());
            if (to == null) {
                noAddress.add(c);
            } else if (c.hold() == Hold.DIGEST) {
                digests.computeIfAbsent(c.userId(), k -> new ArrayList<>()).add(c);
            } else {
                mails.add(single(to, users.get(c.userId()), c));
                covered.add(List.of(c));
            }
        }
        digests.forEach((user, list) -> {
            mails.add(digest(addresses.get(user), users.get(user), list));
            covered.add(list);
        });
        skipped(noAddress, "收件人已关闭邮件提醒或未设置邮箱");
        for (int from = 0; from < mails.size(); from += MAIL_BATCH) {
            int to = Math.min(mails.size(), from + MAIL_BATCH);
            MailChannel.Result result = mail.send(mails.subList(from, to));
            for (int i = from; i < to; i++) {
                String error = result.errors().get(i - from);
                if (error == null) {
                    sent(covered.get(i));
                } else {
                    failed(covered.get(i), error);
                }
            }
            if (result.unreachable()) {
                // The server is down: the rest are not tried now; they go with the first retry of those that failed.
                List<Claimed> rest = covered.subList(to, covered.size()).stream().flatMap(List::stream).toList();
                Instant retry = clock.instant().plus(backoff.delayAfter(1));
                release(rest, retry);
                log.warn("催办邮件：{}，{} 封稍后再发", result.errors().get(0), rest.size());
                return rows.size() - rest.size();
            }
        }
        return rows.size();
    }

    private Map<Long, String> addresses(List<Claimed> rows) {
        List<Long> users = rows.stream().map(Claimed::userId).distinct().toList();
        Map<Long, String> m = new HashMap<>();
        jdbc.sql("""
                select user_id, email from notification_preference
                where user_id in (:users) and email_enabled and email is not null""")
                .param("users", users).query((ResultSet rs) -> {
                    m.put(rs.getLong(1), rs.getString(2));
                });
        return m;
    }

    private MailChannel.Mail single(String to, UserAccount user, Claimed c) {
        // 到达通知 (pass 0) say what arrived; the pass's reminders are 催办.
        String subject = (c.notice() ? "【待办】" : "【催办】") + c.causeLabel() + "：" + shorten(c.title(), 60);
        StringBuilder body = new StringBuilder();
        body.append(greeting(user)).append("\n\n").append(c.body()).append("\n\n");
        body.append("事由：").append(c.causeLabel()).append('\n');
        String link = props.link(c.link());
        if (link != null) {
            body.append("办理：").append(link).append('\n');
        }
        body.append("时间：").append(time(c.createdAt())).append("\n\n").append(footer());
        return new MailChannel.Mail(to, subject, body.toString());
    }

    private MailChannel.Mail digest(String to, UserAccount user, List<Claimed> list) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), CHINA);
        String subject = "【催办汇总】" + now.getMonthValue() + "月" + now.getDayOfMonth() + "日 共" + list.size() + "条";
        StringBuilder body = new StringBuilder(greeting(user)).append("\n\n以下是自上次汇总以来的")
                .append(list.size()).append("条催办：\n\n");
        int i = 1;
        for (Claimed c : list) {
            body.append(i++).append(". 【").append(c.causeLabel()).append("】").append(c.body());
            String link = props.link(c.link());
            if (link != null) {
                body.append("\n   ").append(link);
            }
            body.append('\n');
        }
        body.append('\n').append(footer());
        return new MailChannel.Mail(to, subject, body.toString());
    }

    private static String greeting(UserAccount user) {
        return (user == null ? "您好" : user.displayName() + "，您好") + "：";
    }

    private static String footer() {
        return "此邮件由落实督查督办系统自动发送，请勿直接回复。可在“消息设置”中修改邮件提醒、免打扰时段和每日汇总。";
    }

    // ---- group robots --------------------------------------------------------------------------------------------

    /**
     * One robot round: due rows grouped by robot, each robot's reminders cut into messages under its size limit, at
     * most {@code max-messages-per-round} messages per robot (钉钉 allows 20 a minute); robots are served in parallel
     * so one slow robot does not hold up the others. Returns how many deliveries it handled.
     */
    int dispatchRobots() {
        List<Claimed> rows = claim(Channel.WEBHOOK, ROBOT_ROUND);
        if (rows.isEmpty()) {
            return 0;
        }
        Webhooks.Routing routing = webhooks.routing();
        Map<Long, String> unitNames = new HashMap<>();
        org.units().forEach(u -> unitNames.put(u.id(), u.shortName()));
        Map<String, List<Claimed>> byRobot = rows.stream()
                .collect(Collectors.groupingBy(Claimed::recipient, LinkedHashMap::new, Collectors.toList()));
        AtomicInteger handled = new AtomicInteger();
        List<Callable<Void>> jobs = new ArrayList<>();
        byRobot.forEach((recipient, list) -> jobs.add(() -> {
            handled.addAndGet(sendToRobot(routing.byRecipient(recipient), list, unitNames));
            return null;
        }));
        try {
            for (var f : robotPool.invokeAll(jobs)) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    log.error("催办群机器人发送出错", e.getCause());
                }
            }
        } catch (InterruptedException | java.util.concurrent.RejectedExecutionException e) {
            // Shutting down: what was not sent goes back to the queue (rows still 发送中 recover on the next start).
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            release(rows, clock.instant());
            return handled.get();
        }
        return handled.get();
    }

    private int sendToRobot(WebhookTarget robot, List<Claimed> rows, Map<Long, String> unitNames) {
        if (robot == null) {
            skipped(rows, "群机器人已删除或停用");
            return rows.size();
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (Claimed c : rows) {
            String unit = c.unitId() == null ? "督查室" : unitNames.getOrDefault(c.unitId(), "");
            lines.add("【" + c.causeLabel() + "】" + (robot.global() ? unit + "：" : "") + c.body());
        }
        String header = "【落实·催办】" + (robot.global() ? "" : robot.unitName() + " ") + "共" + rows.size() + "条提醒";
        String base = props.link("/");
        String footer = base == null ? "请登录落实系统办理。" : "请登录落实系统办理：" + base;
        List<RobotMessage.Piece> pieces = RobotMessage.pieces(header, lines, footer, robot.kind().maxContentBytes());
        int max = props.webhook().maxMessagesPerRound();
        int done = 0;
        int line = 0;
        for (int p = 0; p < pieces.size(); p++) {
            RobotMessage.Piece piece = pieces.get(p);
            List<Claimed> part = rows.subList(line, line + piece.lines());
            if (p >= max) {
                // The robot's rate limit: the rest goes in the next round.
                release(rows.subList(line, rows.size()), clock.instant().plus(props.dispatchInterval()));
                return done;
            }
            String error = robots.post(robot, piece.content());
            if (error != null) {
                failed(rows.subList(line, rows.size()), error);
                log.warn("催办群机器人（{}）：{}", robot.global() ? "全局" : robot.unitName(), error);
                return rows.size();
            }
            sent(part);
            done += part.size();
            line += piece.lines();
        }
        return done;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static String time(Instant at) {
        return LocalDateTime.ofInstant(at, CHINA).format(TIME);
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
