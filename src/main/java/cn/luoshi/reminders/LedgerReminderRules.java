package cn.luoshi.reminders;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.DueWork;
import cn.luoshi.ledger.ReportCycle;
import cn.luoshi.ledger.TaskStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 催办规则 for the ledger: what an open task deserves today, and under which period key, so that each reminder goes
 * out once. Plain Java over one day ({@link ReminderContext}); working days from the calendar in force (调休 included).
 *
 * <ul>
 * <li>待签收 (ACCEPTANCE_DUE): 待签收 and still within the 签收 limit (N working days after 交办) — once per 交办,
 * key = the time of 交办.</li>
 * <li>超期未签收 (ACCEPTANCE_OVERDUE): 待签收 past the limit — once per working day, key = the latest working day on
 * or before today (a weekend run repeats Friday's key and sends nothing); to the unit and the 督查室.</li>
 * <li>报送提醒 (REPORT_DUE): 办理中, a period's report falls due within N working days (default 2, due day included)
 * and has not been filed — once per period, key = the period ("2026-10", "2026-W47", "2026-11-上", "2026-Q4").</li>
 * <li>未按时报送 (REPORT_MISSED): 办理中, the latest period already due has no report — once per period, key = the
 * period. Periods that ended before the work began, or fell due before 签收, are not asked for (as for lights).</li>
 * <li>临近时限 (DEADLINE_SOON): 办理中, 2–5 working days left — once per deadline, key = the deadline.</li>
 * <li>即将到期 (DEADLINE_IMMINENT): 办理中, at most 1 working day left (today included) — once per deadline.
 * An extension gives a new deadline and so new reminders.</li>
 * <li>已逾期 (OVERDUE): 办理中 past the deadline — on the first pass after it, then every 5 working days; key =
 * deadline + "#" + round (round 1 for overdue by 0–5 working days, 2 for 6–10 …).</li>
 * </ul>
 * 办结待审, 已办结, 已终止, 已退回 and 未交办 tasks get nothing; a 待签收 task gets only the 签收 reminders.
 */
public final class LedgerReminderRules {

    /** The numbers of the rules ({@code luoshi.reminders.*}). */
    public record Settings(int acceptanceWorkingDays, int reportDueWorkingDays, int deadlineSoonWorkingDays,
            int deadlineImminentWorkingDays, int overdueRepeatWorkingDays) {

        public Settings {
            if (acceptanceWorkingDays < 0 || reportDueWorkingDays < 0 || deadlineImminentWorkingDays < 0
                    || deadlineSoonWorkingDays <= deadlineImminentWorkingDays || overdueRepeatWorkingDays < 1) {
                throw new IllegalArgumentException("invalid reminder settings: " + this);
            }
        }

        public static Settings defaults() {
            return new Settings(1, 2, 5, 1, 5);
        }
    }

    static final String TASK = "TASK";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final Settings settings;
    private final LocalDate today;
    private final WorkingDayCalendar calendar;
    private final Map<ReportCycle, ReportCycle.Period> lastDue = new EnumMap<>(ReportCycle.class);
    private final Map<ReportCycle, List<ReportCycle.Period>> dueSoon = new EnumMap<>(ReportCycle.class);

    /** The rules for one day: the reporting periods that matter today are worked out once, not per task. */
    public LedgerReminderRules(Settings settings, ReminderContext context) {
        this.settings = settings;
        this.today = context.today();
        this.calendar = context.calendar();
        for (ReportCycle c : ReportCycle.values()) {
            lastDue.put(c, c.lastDuePeriod(LocalDate.MIN.plusYears(1), today, calendar));
            // Periods not yet due: the current one and any earlier one whose due date is still ahead (a long holiday
            // can push two weeks' reports to the same day). Remind those due within N working days.
            List<ReportCycle.Period> soon = new ArrayList<>(2);
            ReportCycle.Period p = c.periodContaining(today, calendar);
            while (!p.due().isBefore(today)) {
                if (calendar.workingDaysBetween(today, p.due()) <= settings.reportDueWorkingDays()) {
                    soon.add(0, p);
                }
                p = c.previous(p, calendar);
            }
            dueSoon.put(c, List.copyOf(soon));
        }
    }

    /** The period keys whose reports these rules look at today (for the bulk query). */
    public Set<String> periodKeys() {
        Set<String> keys = new LinkedHashSet<>();
        lastDue.values().forEach(p -> keys.add(p.key()));
        dueSoon.values().forEach(list -> list.forEach(p -> keys.add(p.key())));
        return keys;
    }

    /** What {@code w} deserves today. */
    public List<DueItem> evaluate(DueWork w) {
        List<DueItem> out = new ArrayList<>(2);
        if (w.status() == TaskStatus.ASSIGNED) {
            acceptance(w, out);
        } else if (w.status() == TaskStatus.IN_PROGRESS) {
            reports(w, out);
            deadline(w, out);
        }
        return out;
    }

    private void acceptance(DueWork w, List<DueItem> out) {
        LocalDateTime assigned = LocalDateTime.ofInstant(w.assignedAt(), CHINA);
        LocalDate assignedDay = assigned.toLocalDate();
        int elapsed = calendar.workingDaysBetween(assignedDay, today);
        if (elapsed <= settings.acceptanceWorkingDays()) {
            LocalDate limit = calendar.addWorkingDays(assignedDay, settings.acceptanceWorkingDays());
            out.add(item(LedgerCause.ACCEPTANCE_DUE, w, assigned.format(KEY_TIME), Audience.UNIT,
                    "任务“" + w.title() + "”已交办你单位，请于" + day(limit) + "前签收或退回。" + deadlineNote(w)));
        } else {
            int late = elapsed - settings.acceptanceWorkingDays();
            out.add(item(LedgerCause.ACCEPTANCE_OVERDUE, w, calendar.previousWorkingDayOnOrBefore(today).toString(),
                    Audience.UNIT_AND_SUPERVISORS, "任务“" + w.title() + "”于" + day(assignedDay) + "交办，已超过签收时限"
                            + late + "个工作日仍未签收，请立即签收或退回。" + deadlineNote(w)));
        }
    }

    private void reports(DueWork w, List<DueItem> out) {
        LocalDate activeFrom = activeFrom(w);
        ReportCycle.Period missed = lastDue.get(w.reportCycle());
        if (missed != null && asked(missed, activeFrom) && !w.reported(missed.key())) {
            out.add(item(LedgerCause.REPORT_MISSED, w, missed.key(), Audience.UNIT, "任务“" + w.title() + "”"
                    + missed.label() + "进展应于" + day(missed.due()) + "前报送，至今未报送，请尽快补报。"));
        }
        for (ReportCycle.Period p : dueSoon.get(w.reportCycle())) {
            if (asked(p, activeFrom) && !w.reported(p.key())) {
                int left = calendar.workingDaysBetween(today, p.due());
                String when = p.due().equals(today) ? "今日截止" : left > 0 ? "还有" + left + "个工作日" : "不足1个工作日";
                out.add(item(LedgerCause.REPORT_DUE, w, p.key(), Audience.UNIT, "任务“" + w.title() + "”"
                        + p.label() + "进展应于" + day(p.due()) + "前报送（" + when + "），请按时报送。"));
            }
        }
    }

    /** A period is asked for when it overlaps the active time and fell due after the work began (as for lights). */
    private static boolean asked(ReportCycle.Period p, LocalDate activeFrom) {
        return !p.end().isBefore(activeFrom) && p.due().isAfter(activeFrom);
    }

    private static LocalDate activeFrom(DueWork w) {
        LocalDate start = w.startDate() != null ? w.startDate() : w.createdOn();
        if (w.deadline() != null && start.isAfter(w.deadline())) {
            start = w.deadline();
        }
        if (w.acceptedAt() != null) {
            LocalDate accepted = LocalDate.ofInstant(w.acceptedAt(), CHINA);
            return accepted.isAfter(start) ? accepted : start;
        }
        return start;
    }

    private void deadline(DueWork w, List<DueItem> out) {
        LocalDate deadline = w.deadline();
        if (deadline == null) {
            return;
        }
        String key = deadline.toString();
        if (!today.isAfter(deadline)) {
            int left = calendar.workingDaysBetween(today, deadline);
            String progress = progress(w);
            if (left <= settings.deadlineImminentWorkingDays()) {
                String when = today.equals(deadline) ? "今日到期" : left > 0 ? "还剩" + left + "个工作日" : "还剩不足1个工作日";
                out.add(item(LedgerCause.DEADLINE_IMMINENT, w, key, Audience.UNIT, "任务“" + w.title()
                        + "”完成时限为" + day(deadline) + "，" + when + progress + "，请确保按期完成并及时申请办结。"));
            } else if (left <= settings.deadlineSoonWorkingDays()) {
                out.add(item(LedgerCause.DEADLINE_SOON, w, key, Audience.UNIT, "任务“" + w.title() + "”距完成时限（"
                        + day(deadline) + "）还剩" + left + "个工作日" + progress + "，请抓紧推进；确需延期的，请在到期前申请。"));
            }
        } else {
            int late = calendar.workingDaysBetween(deadline, today);
            int round = Math.max(0, late - 1) / settings.overdueRepeatWorkingDays() + 1;
            out.add(item(LedgerCause.OVERDUE, w, key + "#" + round, Audience.UNIT, "任务“" + w.title()
                    + "”已超过完成时限（" + day(deadline) + "）" + (late > 0 ? late + "个工作日" : "不足1个工作日")
                    + progress(w) + "，请抓紧办理并报送进展。"));
        }
    }

    private static String progress(DueWork w) {
        BigDecimal p = w.progressPercent();
        return p == null ? "" : "，当前进度" + p.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private String deadlineNote(DueWork w) {
        return w.deadline() == null ? "" : "完成时限：" + day(w.deadline()) + "。";
    }

    /** "11月30日" within this year, "2027年1月5日" otherwise. */
    String day(LocalDate d) {
        return (d.getYear() == today.getYear() ? "" : d.getYear() + "年") + d.getMonthValue() + "月" + d.getDayOfMonth()
                + "日";
    }

    private static DueItem item(LedgerCause cause, DueWork w, String key, Audience audience, String text) {
        return new DueItem(cause, TASK, w.taskId(), key, w.leadUnitId(), audience, w.title(), text,
                "/tasks/" + w.taskId());
    }
}
