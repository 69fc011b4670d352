package cn.luoshi.requests;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * 工作时钟: time limits counted in working minutes — only inside office hours (办公时间, e.g. 08:30–12:00 and
 * 13:30–17:30) on working days of the calendar in force (法定节假日休息、调休上班). A clock that starts outside office
 * hours starts at the next opening. A limit of N working days is N × the minutes of one office day, so it ends at the
 * same time of day N working days later.
 */
public final class WorkingClock {

    /** One office window of a working day (办公时段). */
    public record Window(LocalTime from, LocalTime to) {
        public Window {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("office window must end after it starts: " + from + "–" + to);
            }
        }

        long minutes() {
            return Duration.between(from, to).toMinutes();
        }
    }

    /** 本地默认办公时间: 08:30–12:00, 13:30–17:30 (7.5 h); set by {@code luoshi.requests.office-hours}. */
    public static final List<Window> DEFAULT_HOURS = List.of(
            new Window(LocalTime.of(8, 30), LocalTime.of(12, 0)),
            new Window(LocalTime.of(13, 30), LocalTime.of(17, 30)));

    private final WorkingDayCalendar calendar;
    private final List<Window> windows;
    private final ZoneId zone;
    private final long dayMinutes;

    public WorkingClock(WorkingDayCalendar calendar, List<Window> windows, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar);
        this.windows = List.copyOf(windows);
        this.zone = zone;
        for (int i = 1; i < this.windows.size(); i++) {
            if (this.windows.get(i).from().isBefore(this.windows.get(i - 1).to())) {
                throw new IllegalArgumentException("office windows overlap or are out of order");
            }
        }
        this.dayMinutes = this.windows.stream().mapToLong(Window::minutes).sum();
        if (dayMinutes <= 0) {
            throw new IllegalArgumentException("no office hours");
        }
    }

    /** Minutes of one working day (一个工作日的分钟数). */
    public long dayMinutes() {
        return dayMinutes;
    }

    /** The instant {@code workingMinutes} of office time after {@code start} (counted to the second). */
    public Instant plus(Instant start, long workingMinutes) {
        if (workingMinutes < 0) {
            throw new IllegalArgumentException("negative working time");
        }
        LocalDateTime t = LocalDateTime.ofInstant(start, zone);
        long rest = workingMinutes * 60;
        long daySeconds = dayMinutes * 60;
        LocalDate day = t.toLocalDate();
        while (true) {
            if (calendar.isWorkingDay(day)) {
                for (Window w : windows) {
                    LocalDateTime from = day.atTime(w.from());
                    LocalDateTime to = day.atTime(w.to());
                    if (!t.isBefore(to)) {
                        continue;
                    }
                    LocalDateTime begin = t.isAfter(from) ? t : from;
                    long available = Duration.between(begin, to).toSeconds();
                    if (rest <= available) {
                        return begin.plusSeconds(rest).atZone(zone).toInstant();
                    }
                    rest -= available;
                }
                long skip = (rest - 1) / daySeconds; // whole working days consumed before the final one
                if (skip > 0) {
                    day = calendar.addWorkingDays(day, Math.toIntExact(skip));
                    rest -= skip * daySeconds;
                }
            }
            day = day.plusDays(1);
            t = day.atStartOfDay();
        }
    }

    /** Office minutes between {@code from} and {@code to} (0 when {@code to} is not after {@code from}). */
    public long between(Instant from, Instant to) {
        return betweenSeconds(from, to) / 60;
    }

    /** Office seconds between {@code from} and {@code to}. */
    public long betweenSeconds(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        LocalDate d1 = a.toLocalDate();
        LocalDate d2 = b.toLocalDate();
        if (d1.equals(d2)) {
            return within(d1, a, b);
        }
        long total = within(d1, a, d1.plusDays(1).atStartOfDay());
        int fullDays = calendar.countWorkingDays(d1.plusDays(1), d2.minusDays(1));
        total += fullDays * dayMinutes * 60;
        total += within(d2, d2.atStartOfDay(), b);
        return total;
    }

    private long within(LocalDate day, LocalDateTime a, LocalDateTime b) {
        if (!calendar.isWorkingDay(day)) {
            return 0;
        }
        long sum = 0;
        for (Window w : windows) {
            LocalDateTime from = day.atTime(w.from());
            LocalDateTime to = day.atTime(w.to());
            LocalDateTime s = a.isAfter(from) ? a : from;
            LocalDateTime e = b.isBefore(to) ? b : to;
            if (e.isAfter(s)) {
                sum += Duration.between(s, e).toSeconds();
            }
        }
        return sum;
    }
}
