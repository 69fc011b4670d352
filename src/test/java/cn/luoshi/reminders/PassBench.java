package cn.luoshi.reminders;

import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.org.OrgDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For {@code bench/reminders.sh}: the first pass written the old way ({@link LegacyReminderPass}) and the current way
 * ({@link ReminderPass}), in process, over the same sources and the same database, with the database emptied of
 * reminders between them. Neither starts the dispatcher, so no e-mail or robot sending runs beside a measurement.
 */
public final class PassBench {

    private final JdbcClient jdbc;
    private final List<ReminderSource> sources;
    private final ReminderPass current;
    private final LegacyReminderPass legacy;

    /** One measured first pass: the pass's own time and what it wrote, and the 1-minute load average before it. */
    public record Timing(String variant, long millis, int items, int created, int deliveries, String load) {
    }

    private PassBench(ApplicationContext ctx) {
        jdbc = ctx.getBean(JdbcClient.class);
        JdbcTemplate template = ctx.getBean(JdbcTemplate.class);
        TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
        WorkingCalendars calendars = ctx.getBean(WorkingCalendars.class);
        OrgDirectory org = ctx.getBean(OrgDirectory.class);
        ReminderProperties props = ctx.getBean(ReminderProperties.class);
        Preferences preferences = new Preferences(jdbc, ctx.getBean(AuditLog.class), props);
        Webhooks webhooks = ctx.getBean(Webhooks.class);
        MailChannel mail = ctx.getBean(MailChannel.class);
        Clock clock = ctx.getBean(Clock.class);
        Dispatcher quiet = new Dispatcher(jdbc, clock, mail, ctx.getBean(WebhookChannel.class), webhooks, org, props) {
            @Override
            void kick() {
            }
        };
        sources = List.copyOf(ctx.getBeansOfType(ReminderSource.class).values());
        current = new ReminderPass(sources, jdbc, template, tx, calendars, org, preferences, webhooks, mail, quiet,
                props, clock);
        legacy = new LegacyReminderPass(sources, jdbc, template, tx, calendars, org, preferences, webhooks, mail,
                quiet, props, clock);
    }

    public static PassBench of(ApplicationContext ctx) {
        return new PassBench(ctx);
    }

    /** Runs every source {@code times} times (the JIT compiles the rules and the query's row mapping). */
    public void warmUp(ApplicationContext ctx, int times) {
        WorkingCalendars calendars = ctx.getBean(WorkingCalendars.class);
        java.time.Instant now = java.time.Instant.now();
        ReminderContext context = new ReminderContext(now, now.atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toLocalDate(), calendars.current());
        for (int i = 0; i < times; i++) {
            for (ReminderSource s : sources) {
                s.dueItems(context);
            }
        }
    }

    public Timing legacy() {
        String load = load();
        LegacyReminderPass.LegacyResult r = legacy.run(PassTrigger.MANUAL, "bench-legacy");
        return new Timing("before (COPY from Java, deliveries built in Java)", r.millis(), r.items(), r.created(),
                r.deliveryCount(), load);
    }

    public Timing current() {
        String load = load();
        ReminderPass.Result r = current.run(PassTrigger.MANUAL, "bench-current");
        return new Timing("after (streamed COPY, deliveries fanned out in SQL)", r.millis(), r.items(), r.created(),
                r.deliveryCount(), load);
    }

    /** Deliveries per channel, for checking that both variants wrote the same. */
    public Map<String, Object> deliveriesByChannel() {
        return jdbc.sql("""
                select string_agg(channel || ' ' || n, ', ' order by channel) as channels from
                  (select channel, count(*) n from reminder_delivery group by channel) c""").query().singleRow();
    }

    /** Back to a database without reminders, vacuumed, analysed and checkpointed, as before the first pass. */
    public void reset() {
        jdbc.sql("truncate reminder, reminder_delivery, reminder_pass restart identity").update();
        jdbc.sql("vacuum analyze reminder, reminder_delivery, reminder_pass").update();
        jdbc.sql("checkpoint").update();
    }

    /** The 1-minute load average of the machine. */
    public static String load() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }
}
