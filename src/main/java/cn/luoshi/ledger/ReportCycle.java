package cn.luoshi.ledger;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * 汇报频次 — how often the lead unit reports, and when each period's report is due. A report is <em>for a period</em>,
 * not just for a date: the periods' due dates cut the calendar into windows, and a report filed in the window
 * (due of the previous period, due of this period] is the report for this period. So a report filed on 3 November
 * with October's report due on the 5th working day of November counts for October.
 */
public enum ReportCycle {
    /** 每周: the week's report is due on the first working day of the next week. */
    WEEKLY("每周", 1),
    /** 每半月: 1st–15th and 16th–end; due on the 3rd working day after the half-month. */
    SEMI_MONTHLY("每半月", 3),
    /** 每月 (default): the month's report is due by the 5th working day of the next month. */
    MONTHLY("每月", 5),
    /** 每季度: the quarter's report is due by the 5th working day after the quarter. */
    QUARTERLY("每季度", 5);

    private final String label;
    private final int dueWorkingDay;

    ReportCycle(String label, int dueWorkingDay) {
        this.label = label;
        this.dueWorkingDay = dueWorkingDay;
    }

    public String label() {
        return label;
    }

    /** A reporting period: its key ("2026-10", "2026-W44", "2026-10-上", "2026-Q4"), dates and due date. */
    public record Period(ReportCycle cycle, String key, String label, LocalDate start, LocalDate end, LocalDate due) {
    }

    /** The calendar period that contains {@code date}. */
    public Period periodContaining(LocalDate date, WorkingDayCalendar calendar) {
        return switch (this) {
            case WEEKLY -> {
                LocalDate start = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate end = start.plusDays(6);
                int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                int year = start.get(IsoFields.WEEK_BASED_YEAR);
                yield period(String.format("%d-W%02d", year, week), year + "年第" + week + "周", start, end, calendar);
            }
            case SEMI_MONTHLY -> {
                YearMonth ym = YearMonth.from(date);
                boolean first = date.getDayOfMonth() <= 15;
                LocalDate start = first ? ym.atDay(1) : ym.atDay(16);
                LocalDate end = first ? ym.atDay(15) : ym.atEndOfMonth();
                yield period(ym + (first ? "-上" : "-下"), ym.getYear() + "年" + ym.getMonthValue() + "月"
                        + (first ? "上半月" : "下半月"), start, end, calendar);
            }
            case MONTHLY -> {
                YearMonth ym = YearMonth.from(date);
                yield period(ym.toString(), ym.getYear() + "年" + ym.getMonthValue() + "月", ym.atDay(1),
                        ym.atEndOfMonth(), calendar);
            }
            case QUARTERLY -> {
                int q = (date.getMonthValue() - 1) / 3 + 1;
                LocalDate start = LocalDate.of(date.getYear(), (q - 1) * 3 + 1, 1);
                LocalDate end = start.plusMonths(3).minusDays(1);
                yield period(date.getYear() + "-Q" + q, date.getYear() + "年第" + q + "季度", start, end, calendar);
            }
        };
    }

    private Period period(String key, String label, LocalDate start, LocalDate end, WorkingDayCalendar calendar) {
        return new Period(this, key, label, start, end, calendar.addWorkingDays(end, dueWorkingDay));
    }

    /** The period before {@code p}. */
    public Period previous(Period p, WorkingDayCalendar calendar) {
        return periodContaining(p.start().minusDays(1), calendar);
    }

    /** The period a report filed on {@code reportedOn} is for: the one whose window (previous due, due] holds it. */
    public Period periodReportedOn(LocalDate reportedOn, WorkingDayCalendar calendar) {
        Period p = periodContaining(reportedOn, calendar);
        Period before = previous(p, calendar);
        return reportedOn.isAfter(before.due()) ? p : before;
    }

    /**
     * The latest period whose report is already due on {@code today} (its due date is before today), or null if no
     * period that overlaps the task's active time (from {@code activeFrom}) is due yet.
     */
    public Period lastDuePeriod(LocalDate activeFrom, LocalDate today, WorkingDayCalendar calendar) {
        Period p = periodContaining(today, calendar);
        while (!p.due().isBefore(today)) {
            p = previous(p, calendar);
        }
        return p.end().isBefore(activeFrom) ? null : p;
    }
}
