package cn.luoshi.petitions;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * 信访办理时限 — the time limits of a petition as data, with a preset named after its source. The preset
 * {@link #REGULATION_2022} holds the limits of the 信访工作条例 (2022, in force 2022-05-01):
 * <ul>
 * <li>登记转送 15日 (第二十二条: 信访部门收到信访事项，应当予以登记，并区分情况，在15日内 … 转送、交办);</li>
 * <li>受理告知 15日 (第二十三条: 自收到之日起15日内书面告知信访人接收情况以及处理途径和程序);</li>
 * <li>异议 5个工作日 (第二十三条: 不属于本机关职权范围的，自收到之日起5个工作日内提出异议);</li>
 * <li>办结 60日, 延期至多 30日 (第三十四条: 自受理之日起60日内办结；… 延长期限不得超过30日，并告知信访人延期理由);</li>
 * <li>复查请求 30日 / 复查意见 30日 (第三十五条);</li>
 * <li>复核请求 30日 / 复核意见 30日 (第三十六条; 听证所需时间不计算在期限内).</li>
 * </ul>
 * Counting ({@link DayCount}): "日" limits are calendar days; the start day is not counted and a limit whose last day
 * is a day off ends on the next working day (民法典 第二百零一条、第二百零三条). "工作日" limits count working days on the
 * calendar in force (调休 included).
 */
public record PetitionLimits(String source, Map<Kind, Limit> limits) {

    /** How a limit counts its days. */
    public enum DayCount {
        /** 日: calendar days, the start day not counted, a last day that is a day off rolls to the next working day. */
        CALENDAR_DAYS_ROLL_FORWARD("自然日（末日遇节假日顺延）"),
        /** 日: calendar days, no roll-forward. */
        CALENDAR_DAYS("自然日"),
        /** 工作日. */
        WORKING_DAYS("工作日");

        private final String label;

        DayCount(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The clocks a case runs. */
    public enum Kind {
        REGISTRATION("登记转送"), ACCEPTANCE("受理告知"), OBJECTION("异议退回"), HANDLING("办理"),
        EXTENSION("延期（至多）"), REVIEW_REQUEST("申请复查"), REVIEW_ANSWER("复查答复"), RECHECK_REQUEST("申请复核"),
        RECHECK_ANSWER("复核答复");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One limit: its length, how it counts and the article it comes from. */
    public record Limit(int days, DayCount count, String article) {
        public Limit {
            if (days < 0) {
                throw new IllegalArgumentException("时限天数不能为负数");
            }
            Objects.requireNonNull(count);
        }

        public String text() {
            return days + (count == DayCount.WORKING_DAYS ? "个工作日" : "日");
        }
    }

    public PetitionLimits {
        Objects.requireNonNull(source);
        limits = Map.copyOf(limits);
        for (Kind k : Kind.values()) {
            if (!limits.containsKey(k)) {
                throw new IllegalArgumentException("时限预设缺少「" + k.label() + "」");
            }
        }
    }

    /** 信访工作条例（2022）. */
    public static final PetitionLimits REGULATION_2022 = regulation2022();

    private static PetitionLimits regulation2022() {
        DayCount d = DayCount.CALENDAR_DAYS_ROLL_FORWARD;
        Map<Kind, Limit> m = new EnumMap<>(Kind.class);
        m.put(Kind.REGISTRATION, new Limit(15, d, "第二十二条"));
        m.put(Kind.ACCEPTANCE, new Limit(15, d, "第二十三条"));
        m.put(Kind.OBJECTION, new Limit(5, DayCount.WORKING_DAYS, "第二十三条"));
        m.put(Kind.HANDLING, new Limit(60, d, "第三十四条"));
        m.put(Kind.EXTENSION, new Limit(30, d, "第三十四条"));
        m.put(Kind.REVIEW_REQUEST, new Limit(30, d, "第三十五条"));
        m.put(Kind.REVIEW_ANSWER, new Limit(30, d, "第三十五条"));
        m.put(Kind.RECHECK_REQUEST, new Limit(30, d, "第三十六条"));
        m.put(Kind.RECHECK_ANSWER, new Limit(30, d, "第三十六条"));
        return new PetitionLimits("信访工作条例（2022）", m);
    }

    /** The preset named {@code name} ("信访工作条例2022" or its full title). */
    public static PetitionLimits preset(String name) {
        if (name == null || name.isBlank() || name.replaceAll("[（）()\\s]", "").equals("信访工作条例2022")) {
            return REGULATION_2022;
        }
        throw new IllegalArgumentException("未知的信访时限预设：" + name + "（可用：信访工作条例2022）");
    }

    /** The same preset with one limit changed (a local rule shorter than the 条例, for instance). */
    public PetitionLimits with(Kind kind, int days, String article) {
        Map<Kind, Limit> m = new EnumMap<>(limits);
        Limit old = limits.get(kind);
        m.put(kind, new Limit(days, old.count(), article));
        return new PetitionLimits(source + "（" + kind.label() + "调整为" + days + "日）", m);
    }

    public Limit limit(Kind kind) {
        return limits.get(kind);
    }

    /** The last day of {@code kind} counted from {@code start} (the day of receipt, acceptance or answer). */
    public LocalDate due(Kind kind, LocalDate start, WorkingDayCalendar calendar) {
        return due(limits.get(kind), start, calendar);
    }

    /** The last day of handling with an extension of {@code extensionDays} (0 when none). */
    public LocalDate handlingDue(LocalDate acceptedOn, int extensionDays, WorkingDayCalendar calendar) {
        if (extensionDays < 0 || extensionDays > limit(Kind.EXTENSION).days()) {
            throw new IllegalArgumentException("延期不得超过" + limit(Kind.EXTENSION).days() + "日（"
                    + limit(Kind.EXTENSION).article() + "）");
        }
        Limit h = limit(Kind.HANDLING);
        return due(new Limit(h.days() + extensionDays, h.count(), h.article()), acceptedOn, calendar);
    }

    /**
     * 听证 — a hearing held on a 复核 (第三十六条: 听证所需时间不计算在复核期限内). The days from {@code from} to
     * {@code to} (both included) are not counted; a hearing still going on ({@code to} null) pauses the clock up to and
     * including {@code today}, so the last day moves on each day the hearing lasts.
     */
    public record Hearing(LocalDate from, LocalDate to) {
        public Hearing {
            Objects.requireNonNull(from, "听证开始日期不能为空");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("听证结束日期不能早于开始日期");
            }
        }

        LocalDate lastDay(LocalDate today) {
            return to != null ? to : today.isBefore(from) ? from : today;
        }

        boolean pauses(LocalDate d, LocalDate today) {
            return !d.isBefore(from) && !d.isAfter(lastDay(today));
        }

        /** Calendar days of the hearing (so far). */
        public int days(LocalDate today) {
            return (int) (lastDay(today).toEpochDay() - from.toEpochDay()) + 1;
        }
    }

    /**
     * The last day of the 复核意见 (第三十六条) requested on {@code requested}: 30 days not counting the hearing's days;
     * counted by the limit's own rule (a last day that is a day off rolls to the next working day).
     */
    public LocalDate recheckAnswerDue(LocalDate requested, Hearing hearing, LocalDate today,
            WorkingDayCalendar calendar) {
        Limit l = limit(Kind.RECHECK_ANSWER);
        if (hearing == null) {
            return due(l, requested, calendar);
        }
        LocalDate d = requested;
        int counted = 0;
        while (counted < l.days()) {
            d = d.plusDays(1);
            if (hearing.pauses(d, today) || l.count() == DayCount.WORKING_DAYS && !calendar.isWorkingDay(d)) {
                continue;
            }
            counted++;
        }
        return l.count() == DayCount.CALENDAR_DAYS_ROLL_FORWARD ? calendar.nextWorkingDayOnOrAfter(d) : d;
    }

    static LocalDate due(Limit l, LocalDate start, WorkingDayCalendar calendar) {
        return switch (l.count()) {
            case CALENDAR_DAYS -> start.plusDays(l.days());
            case CALENDAR_DAYS_ROLL_FORWARD -> calendar.nextWorkingDayOnOrAfter(start.plusDays(l.days()));
            case WORKING_DAYS -> calendar.addWorkingDays(start, l.days());
        };
    }
}
