package cn.luoshi.reminders;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code luoshi.reminders.*}: when passes run, the numbers of the rules, quiet hours, retries, SMTP and the global
 * group robot. See docs/reminders.md.
 *
 * @param cron                        when scheduled passes run (Asia/Shanghai; "-" = never); on a non-working day a
 *                                    scheduled pass does nothing ("run now" works either way)
 * @param dispatchInterval            how often held and failed e-mail and robot messages are looked at
 * @param reportDueWorkingDays        报送提醒 this many working days before a report is due (due day included)
 * @param deadlineSoonWorkingDays     临近时限 at this many working days left
 * @param deadlineImminentWorkingDays 即将到期 at this many working days left
 * @param overdueRepeatWorkingDays    已逾期 repeats every this many working days
 * @param baseUrl                     Luoshi's address as users reach it, for links in e-mails and robot messages
 * @param quietStart                  default quiet hours (users without their own setting, and group robots)
 * @param quietEnd                    end of the default quiet hours
 * @param retentionDays               保留期: settled reminders older than this many days are deleted (0: never)
 */
@ConfigurationProperties("luoshi.reminders")
record ReminderProperties(@DefaultValue("0 0/30 8-18 * * *") String cron,
        @DefaultValue("60s") Duration dispatchInterval, @DefaultValue("2") int reportDueWorkingDays,
        @DefaultValue("5") int deadlineSoonWorkingDays, @DefaultValue("1") int deadlineImminentWorkingDays,
        @DefaultValue("5") int overdueRepeatWorkingDays, @DefaultValue("") String baseUrl,
        @DefaultValue("22:00") String quietStart, @DefaultValue("07:30") String quietEnd,
        @DefaultValue Retry retry, @DefaultValue Mail mail, @DefaultValue Webhook webhook,
        @DefaultValue("180") int retentionDays) {

    ReminderProperties {
        if (retentionDays < 0) {
            throw new IllegalArgumentException("luoshi.reminders.retention-days must be 0 (keep all) or more");
        }
    }

    /** Back-off of failed e-mail and robot deliveries. */
    record Retry(@DefaultValue("1m") Duration first, @DefaultValue("2h") Duration max,
            @DefaultValue("10") int maxAttempts) {

        Backoff backoff() {
            return new Backoff(first, max, maxAttempts);
        }
    }

    /** SMTP; no host here and no {@code spring.mail.host} → e-mail is off. */
    record Mail(@DefaultValue("") String host, @DefaultValue("25") int port, @DefaultValue("") String username,
            @DefaultValue("") String password, @DefaultValue("") String from, @DefaultValue("false") boolean starttls,
            @DefaultValue("10s") Duration timeout) {
    }

    /** The global group robot (for units without their own); a global robot saved on the page wins over this. */
    record Webhook(@DefaultValue("") String url, @DefaultValue("") String secret, @DefaultValue("") String kind,
            @DefaultValue("5s") Duration timeout, @DefaultValue("10") int maxMessagesPerRound) {
    }

    QuietHours quietHours() {
        return new QuietHours(LocalTime.parse(quietStart), LocalTime.parse(quietEnd));
    }

    String link(String path) {
        if (path == null || baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
