package cn.luoshi.petitions;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * 时限灯 — the light of one running clock: 绿灯 while more than {@code warnWorkingDays} working days remain, 黄灯 within
 * them (临期), 红灯 once the last day has passed (超期); a clock that stopped shows 按期 or 超期 by when it stopped.
 */
public enum ClockLight {
    GREEN("正常", "success"), YELLOW("临期", "warning"), RED("超期", "danger"), DONE_ON_TIME("按期完成", "secondary"),
    DONE_LATE("超期完成", "dark");

    private final String label;
    private final String css;

    ClockLight(String label, String css) {
        this.label = label;
        this.css = css;
    }

    public String label() {
        return label;
    }

    /** Bootstrap colour. */
    public String css() {
        return css;
    }

    public boolean late() {
        return this == RED || this == DONE_LATE;
    }

    /**
     * @param due the last day of the limit
     * @param stoppedOn when the clock stopped (answered, accepted…), or null while it runs
     * @param today the date of the clock
     */
    public static ClockLight of(LocalDate due, LocalDate stoppedOn, LocalDate today, int warnWorkingDays,
            WorkingDayCalendar calendar) {
        if (stoppedOn != null) {
            return stoppedOn.isAfter(due) ? DONE_LATE : DONE_ON_TIME;
        }
        if (today.isAfter(due)) {
            return RED;
        }
        return calendar.workingDaysBetween(today, due) <= warnWorkingDays ? YELLOW : GREEN;
    }
}
