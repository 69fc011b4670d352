package cn.luoshi.reminders;

import cn.luoshi.common.WorkArrived;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.UserAccount;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 到达通知: when a module publishes {@link WorkArrived}, the recipients are told at once — not at the next 催办 pass.
 * After the changing transaction commits (nothing is told of a change that rolled back), in a transaction of its own
 * on the same thread (so the notice is in the bell when the request that made the change returns): a reminder row per
 * unit (or one for the 督查室 / named accounts) outside any pass ({@code pass_id} 0, subject type suffixed
 * {@code _NOTICE}), de-duplicated by the same unique index as the pass's; an in-app delivery per recipient, e-mail per the recipient's settings (quiet hours, digest)
 * and the unit's group robot under the configured quiet hours, sent by the {@link Dispatcher}.
 *
 * <p>Before the application is ready (demo data loading, start-up) nothing is told: demo history is history.
 * A failure here is logged and does not undo the change that was made.
 */
@Component
class ArrivalNotices {

    private static final Logger log = LoggerFactory.getLogger(ArrivalNotices.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Object PENDING = new Object();

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OrgDirectory org;
    private final Preferences preferences;
    private final Webhooks webhooks;
    private final MailChannel mail;
    private final Dispatcher dispatcher;
    private final ReminderProperties props;
    private final Clock clock;
    private volatile boolean ready;

    ArrivalNotices(JdbcClient jdbc, PlatformTransactionManager txm, OrgDirectory org, Preferences preferences,
            Webhooks webhooks, MailChannel mail, Dispatcher dispatcher, ReminderProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.org = org;
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.mail = mail;
        this.dispatcher = dispatcher;
        this.props = props;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    @EventListener
    void on(WorkArrived event) {
        if (!ready || !event.hasRecipients()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tell(List.of(event));
            return;
        }
        @SuppressWarnings("unchecked")
        List<WorkArrived> pending = (List<WorkArrived>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            List<WorkArrived> list = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING, list);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                    if (status == STATUS_COMMITTED) {
                        tell(list);
                    }
                }
            });
            pending = list;
        }
        pending.add(event);
    }

    /** Writes the notices and their deliveries; returns how many deliveries (for tests). */
    int tell(List<WorkArrived> events) {
        try {
            Integer n = tx.execute(status -> write(events));
            if (n != null && n > 0) {
                dispatcher.kick();
            }
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            log.error("到达通知写入失败（{} 条），办理本身不受影响", events.size(), e);
            return 0;
        }
    }

    private int write(List<WorkArrived> events) {
        List<UserAccount> users = org.users().stream().filter(UserAccount::enabled).toList();
        Map<Long, Preference> saved = mail.enabled() ? preferences.all() : Map.of();
        Webhooks.Routing routing = webhooks.routing();
        Instant now = clock.instant();
        ZonedDateTime zNow = now.atZone(CHINA);
        int deliveries = 0;
        for (WorkArrived e : events) {
            for (Long unit : e.unitIds()) {
                Set<Long> to = new LinkedHashSet<>();
                users.stream().filter(u -> u.role().isUnitRole() && unit.equals(u.unitId()))
                        .forEach(u -> to.add(u.id()));
                Long id = reminder(e, unit, Audience.UNIT, now);
                if (id != null) {
                    deliveries += deliver(id, to, saved, zNow);
                    WebhookTarget robot = routing.own().getOrDefault(unit, routing.global());
                    if (robot != null) {
                        DeliveryTiming.Plan plan = DeliveryTiming.robot(zNow, props.quietHours());
                        deliveries += delivery(id, Channel.WEBHOOK, robot.recipient(), null, "PENDING",
                                plan.hold(), plan.at(), now);
                    }
                }
            }
            Set<Long> named = new LinkedHashSet<>();
            if (e.supervisors()) {
                users.stream().filter(u -> u.role() == Role.SUPERVISOR).forEach(u -> named.add(u.id()));
            }
            named.addAll(org.userIdsOfPeople(e.personIds()));
            named.addAll(e.userIds());
            if (!named.isEmpty()) {
                boolean onlyOffice = e.personIds().isEmpty() && e.userIds().isEmpty();
                Long id = reminder(e, null, onlyOffice ? Audience.SUPERVISORS : Audience.PERSON, now);
                if (id != null) {
                    deliveries += deliver(id, named, saved, zNow);
                }
            }
        }
        return deliveries;
    }

    /** The reminder row, or null when this occurrence was noticed before. */
    private Long reminder(WorkArrived e, Long unit, Audience audience, Instant now) {
        return jdbc.sql("""
                insert into reminder (pass_id, cause, cause_label, subject_type, subject_id, period_key, unit_id,
                  audience, title, body, link, created_at)
                values (0, :cause, :label, :type, :subject, :key, :unit, :audience, :title, :body, :link, :at)
                on conflict do nothing returning id""")
                .param("cause", e.kind()).param("label", e.label()).param("type", noticeType(e.subjectType()))
                .param("subject", e.subjectId()).param("key", e.occurrence()).param("unit", unit)
                .param("audience", audience.name()).param("title", e.title()).param("body", e.text())
                .param("link", e.link()).param("at", Timestamp.from(now))
                .query(Long.class).optional().orElse(null);
    }

    /**
     * Notices are kept apart from the pass's 催办 of the same record ({@code TASK} → {@code TASK_NOTICE}): a task's
     * 催办记录, the pass's de-duplication and its counts stay what they were; the retention keeps an unread notice.
     */
    static String noticeType(String subjectType) {
        String t = subjectType + "_NOTICE";
        return t.length() <= 20 ? t : t.substring(0, 20);
    }

    private int deliver(long reminderId, Set<Long> users, Map<Long, Preference> saved, ZonedDateTime zNow) {
        Instant now = zNow.toInstant();
        int n = 0;
        for (Long user : users) {
            n += delivery(reminderId, Channel.IN_APP, "user:" + user, user, "SENT", null, null, now);
            if (mail.enabled()) {
                Preference p = preferences.orDefault(saved, user);
                if (p.mails()) {
                    DeliveryTiming.Plan plan = DeliveryTiming.email(zNow, p);
                    n += delivery(reminderId, Channel.EMAIL, "user:" + user, user, "PENDING", plan.hold(), plan.at(),
                            now);
                }
            }
        }
        return n;
    }

    private int delivery(long reminderId, Channel channel, String recipient, Long user, String status, Hold hold,
            Instant nextAttempt, Instant now) {
        return jdbc.sql("""
                insert into reminder_delivery (created_at, reminder_id, channel, recipient, user_id, status, hold,
                  next_attempt_at, sent_at)
                values (:at, :reminder, :channel, :recipient, :user, :status, :hold, :next, :sent)
                on conflict do nothing""")
                .param("at", Timestamp.from(now)).param("reminder", reminderId).param("channel", channel.name())
                .param("recipient", recipient).param("user", user).param("status", status)
                .param("hold", hold == null ? null : hold.name())
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .param("sent", channel == Channel.IN_APP ? Timestamp.from(now) : null)
                .update();
    }
}
