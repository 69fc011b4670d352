package cn.luoshi.ledger.light;

import java.time.LocalDate;
import java.util.Objects;

import cn.luoshi.calendar.WorkingDayCalendar;

/**
 * Countdown to a deadline in working days (倒计时): 剩余N个工作日 / 今日到期 / 已逾期N个工作日.
 *
 * <p>{@code workingDays} is {@link WorkingDayCalendar#workingDaysBetween workingDaysBetween(today, deadline)}:
 * the working days after today up to and including the deadline; negative when overdue (minus the working days
 * after the deadline up to and including today). Whether the task is overdue is decided by the calendar date
 * (today after the deadline), so on a weekend right after a Friday deadline the task is overdue by 0 working days
 * (已逾期不足1个工作日), and a deadline on a holiday with no working day before it reads 剩余不足1个工作日.
 *
 * @param today       the reference date
 * @param deadline    the deadline in force
 * @param workingDays signed working days, see above
 */
public record Countdown(LocalDate today, LocalDate deadline, int workingDays) {

    /** Where today stands relative to the deadline. */
    public enum State { REMAINING, DUE_TODAY, OVERDUE }

    public Countdown {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(deadline, "deadline");
    }

    public static Countdown of(WorkingDayCalendar calendar, LocalDate today, LocalDate deadline) {
        return new Countdown(today, deadline, calendar.workingDaysBetween(today, deadline));
    }

    public State state() {
        if (today.isAfter(deadline)) {
            return State.OVERDUE;
        }
        return today.isEqual(deadline) ? State.DUE_TODAY : State.REMAINING;
    }

    public boolean overdue() {
        return state() == State.OVERDUE;
    }

    /** Working days overdue (≥ 0); 0 unless overdue. */
    public int overdueWorkingDays() {
        return overdue() ? -workingDays : 0;
    }

    /** Short text for lists and badges: 剩余3个工作日 / 今日到期 / 已逾期2个工作日. */
    public String text() {
        return switch (state()) {
            case DUE_TODAY -> "今日到期";
            case REMAINING -> workingDays > 0 ? "剩余" + workingDays + "个工作日" : "剩余不足1个工作日";
            case OVERDUE -> overdueText();
        };
    }

    /** Text used as a light reason: 距完成时限还剩3个工作日 / 今日到期 / 已逾期2个工作日. */
    public String reasonText() {
        return switch (state()) {
            case DUE_TODAY -> "今日到期";
            case REMAINING -> workingDays > 0 ? "距完成时限还剩" + workingDays + "个工作日" : "距完成时限不足1个工作日";
            case OVERDUE -> overdueText();
        };
    }

    private String overdueText() {
        int n = overdueWorkingDays();
        return n > 0 ? "已逾期" + n + "个工作日" : "已逾期不足1个工作日";
    }
}
