package cn.luoshi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Working-day calendar for mainland China (工作日历): Monday to Friday, minus the statutory holidays (法定节假日),
 * plus the weekend days worked for 调休 (make-up working days), with a district's local overrides on top.
 * Immutable and thread-safe.
 *
 * <p>A year for which the State Council arrangement is not in the data falls back to Monday–Friday (plus
 * overrides); {@link #missingYears} and {@link #fallbackWarning} tell the UI so.
 *
 * <h2>Counting</h2>
 * All counting is defined through one function: {@code count(d)} = the number of working days up to and
 * including {@code d} (from an arbitrary origin). Counting is O(1): a cumulative index per day over the years
 * that have data or overrides, and weekday arithmetic outside them. {@link #addWorkingDays} is O(log n).
 */
public final class WorkingDayCalendar {

    // Keeps the per-day index small even if an override is mistyped (e.g. year 9999).
    private static final int FIRST_SUPPORTED_YEAR = 1950;
    private static final int LAST_SUPPORTED_YEAR = 2199;

    // Epoch day -3 (1969-12-29) is a Monday: index days from there so that weekday arithmetic is plain division.
    private static final long MONDAY_EPOCH_OFFSET = 3;

    private final HolidayData data;
    private final List<DayOverride> overrides;
    private final SortedSet<Integer> coveredYears;
    private final Map<LocalDate, DayInfo> specialDays;
    private final String source;
    /** Epoch day of the first indexed day (1 January of the first year with data or overrides). */
    private final long indexStart;
    private final boolean[] working;
    /**
     * For indexed day i: sum over indexed days up to and including i of (worked ? 1 : 0) - (Mon–Fri ? 1 : 0),
     * i.e. how far the real count has moved away from plain weekday arithmetic.
     */
    private final int[] deviationThrough;
    private final int totalDeviation;

    private WorkingDayCalendar(HolidayData data, List<DayOverride> overrides) {
        this.data = data;
        this.overrides = overrides;
        this.source = data.source();
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(data.yearNumbers()));

        Map<LocalDate, DayInfo> special = new HashMap<>();
        for (YearArrangement year : data.years()) {
            for (HolidayPeriod period : year.holidays()) {
                for (LocalDate date : period.dates()) {
                    special.put(date, new DayInfo(date, DayKind.PUBLIC_HOLIDAY, period.name()));
                }
            }
            for (MakeUpWorkday day : year.makeUpWorkdays()) {
                special.put(day.date(), new DayInfo(day.date(), DayKind.MAKE_UP_WORKDAY, day.forHoliday() + "调休上班"));
            }
        }
        Map<LocalDate, DayOverride> seen = new HashMap<>();
        for (DayOverride override : overrides) {
            int year = override.date().getYear();
            if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
                throw new IllegalArgumentException("local override outside " + FIRST_SUPPORTED_YEAR + "–"
                        + LAST_SUPPORTED_YEAR + ": " + override.date());
            }
            if (seen.put(override.date(), override) != null) {
                throw new IllegalArgumentException("two local overrides for " + override.date());
            }
            special.put(override.date(), new DayInfo(override.date(),
                    override.working() ? DayKind.LOCAL_WORKDAY : DayKind.LOCAL_DAY_OFF, override.note()));
        }
        this.specialDays = Map.copyOf(special);

        TreeSet<Integer> indexedYears = new TreeSet<>(coveredYears);
        special.keySet().forEach(d -> indexedYears.add(d.getYear()));
        if (indexedYears.isEmpty()) {
            this.indexStart = 0;
            this.working = new boolean[0];
            this.deviationThrough = new int[0];
            this.totalDeviation = 0;
        } else {
            LocalDate first = LocalDate.of(indexedYears.first(), 1, 1);
            LocalDate last = LocalDate.of(indexedYears.last(), 12, 31);
            this.indexStart = first.toEpochDay();
            int size = Math.toIntExact(last.toEpochDay() - indexStart + 1);
            this.working = new boolean[size];
            this.deviationThrough = new int[size];
            int deviation = 0;
            for (int i = 0; i < size; i++) {
                LocalDate date = first.plusDays(i);
                DayInfo info = special.get(date);
                boolean weekday = isMondayToFriday(date);
                boolean worked = info == null ? weekday : info.working();
                working[i] = worked;
                deviation += (worked ? 1 : 0) - (weekday ? 1 : 0);
                deviationThrough[i] = deviation;
            }
            this.totalDeviation = deviation;
        }
    }

    /**
     * Builds a calendar from holiday data and a district's local overrides.
     *
     * @throws IllegalArgumentException if two overrides name the same day, or an override lies outside 1950–2199
     */
    public static WorkingDayCalendar of(HolidayData data, Collection<DayOverride> overrides) {
        return new WorkingDayCalendar(data, List.copyOf(overrides));
    }

    /** The same holiday data with {@code newOverrides} instead of the current overrides (after an admin edit). */
    public WorkingDayCalendar withOverrides(Collection<DayOverride> newOverrides) {
        return of(data, newOverrides);
    }

    /** The local overrides this calendar was built with. */
    public List<DayOverride> overrides() {
        return overrides;
    }

    /** The shipped mainland China calendar without local overrides. */
    public static WorkingDayCalendar chinaMainland() {
        return Default.CALENDAR;
    }

    /** Whether {@code date} is a working day (工作日). */
    public boolean isWorkingDay(LocalDate date) {
        long e = date.toEpochDay();
        long i = e - indexStart;
        if (i >= 0 && i < working.length) {
            return working[(int) i];
        }
        return isMondayToFriday(date);
    }

    /** What kind of day {@code date} is, with the holiday name or override note. */
    public DayInfo dayInfo(LocalDate date) {
        DayInfo info = specialDays.get(date);
        if (info != null) {
            return info;
        }
        return new DayInfo(date, isMondayToFriday(date) ? DayKind.WORKDAY : DayKind.WEEKEND, "");
    }

    /**
     * Signed number of working days from {@code a} to {@code b}: the working days {@code d} with
     * {@code a < d <= b} (start excluded, end included). If {@code b} is before {@code a} the result is the negated
     * count of working days {@code d} with {@code b < d <= a}. So {@code workingDaysBetween(a, a) == 0} and
     * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}; for counts over consecutive ranges
     * {@code between(a, b) + between(b, c) == between(a, c)}.
     *
     * <p>Use: remaining working days until a deadline (剩余N个工作日) is {@code workingDaysBetween(today, deadline)};
     * working days overdue (已逾期N个工作日) is {@code workingDaysBetween(deadline, today)}. Both are like
     * subtracting dates, on working days.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        return Math.toIntExact(countThrough(b.toEpochDay()) - countThrough(a.toEpochDay()));
    }

    /**
     * Number of working days {@code d} with {@code from <= d <= to} (both ends included); 0 if {@code to} is before
     * {@code from}.
     */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return Math.toIntExact(countThrough(to.toEpochDay()) - countThrough(from.toEpochDay() - 1));
    }

    /**
     * The date {@code n} working days after {@code from}.
     * <ul>
     * <li>{@code n > 0}: the n-th working day strictly after {@code from} (whether or not {@code from} is a working
     * day). Then {@code workingDaysBetween(from, result) == n}.</li>
     * <li>{@code n == 0}: {@code from} itself if it is a working day, otherwise the next working day (a date that
     * falls on a day off rolls forward, as a time limit ending on a holiday does).</li>
     * <li>{@code n < 0}: the |n|-th working day strictly before {@code from}; e.g. -1 from a Saturday is the
     * Friday (if worked).</li>
     * </ul>
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        long e = from.toEpochDay();
        long target;
        if (n > 0) {
            target = countThrough(e) + n;
        } else if (n == 0) {
            target = countThrough(e - 1) + 1;
        } else {
            target = countThrough(e - 1) + n + 1;
        }
        long hint = e + (long) n * 7 / 5;
        return LocalDate.ofEpochDay(firstDayReaching(target, hint));
    }

    /** {@code date} if it is a working day, otherwise the next working day. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        return addWorkingDays(date, 0);
    }

    /** {@code date} if it is a working day, otherwise the previous working day. */
    public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, -1);
    }

    /**
     * The n-th working day of a month, e.g. {@code nthWorkingDayOfMonth(2025-10, 5)} for a report due by the 5th
     * working day of October. {@code n = 1} is the first working day; negative n counts from the end
     * ({@code -1} is the last working day of the month).
     *
     * @throws IllegalArgumentException if {@code n == 0} or the month has fewer than |n| working days
     */
    public LocalDate nthWorkingDayOfMonth(YearMonth month, int n) {
        long first = month.atDay(1).toEpochDay();
        long last = month.atEndOfMonth().toEpochDay();
        long target;
        if (n > 0) {
            target = countThrough(first - 1) + n;
        } else if (n < 0) {
            target = countThrough(last) + n + 1;
        } else {
            throw new IllegalArgumentException("n must not be 0");
        }
        long day = firstDayReaching(target, n > 0 ? first + n : last + n);
        if (day < first || day > last) {
            throw new IllegalArgumentException(month + " has only " + workingDaysInMonth(month)
                    + " working days, asked for " + n);
        }
        return LocalDate.ofEpochDay(day);
    }

    /** Number of working days in a month. */
    public int workingDaysInMonth(YearMonth month) {
        return countWorkingDays(month.atDay(1), month.atEndOfMonth());
    }

    /** Whether the State Council arrangement for {@code year} is in the data. */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** Years with a State Council arrangement, ascending. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /**
     * Years touched by the period {@code from..to} (both included, either order) that have no State Council
     * arrangement and therefore count Monday–Friday as working days. Ascending; empty if all are covered.
     */
    public List<Integer> missingYears(LocalDate from, LocalDate to) {
        int a = Math.min(from.getYear(), to.getYear());
        int b = Math.max(from.getYear(), to.getYear());
        List<Integer> missing = new ArrayList<>();
        for (int y = a; y <= b; y++) {
            if (!coveredYears.contains(y)) {
                missing.add(y);
            }
        }
        return List.copyOf(missing);
    }

    /**
     * A warning for users if the period {@code from..to} touches years without data, e.g.
     * "2027年法定节假日安排尚未录入，按周一至周五计算工作日"; empty if the period is fully covered.
     */
    public Optional<String> fallbackWarning(LocalDate from, LocalDate to) {
        if (coveredYears.contains(from.getYear()) && coveredYears.contains(to.getYear())
                && Math.abs(to.getYear() - from.getYear()) <= 1) {
            return Optional.empty(); // the usual case, asked once per task by every lights pass: no list built
        }
        List<Integer> missing = missingYears(from, to);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String years = missing.stream().map(String::valueOf).collect(Collectors.joining("、"));
        return Optional.of(years + "年法定节假日安排尚未录入，按周一至周五计算工作日");
    }

    /** Provenance of the holiday data, for an "about" page. */
    public String source() {
        return source;
    }

    /** Working days up to and including epoch day {@code e}, counted from an arbitrary fixed origin. */
    private long countThrough(long e) {
        long i = e - indexStart;
        long deviation;
        if (i < 0) {
            deviation = 0;
        } else if (i < deviationThrough.length) {
            deviation = deviationThrough[(int) i];
        } else {
            deviation = totalDeviation;
        }
        return weekdaysBefore(e + 1) + deviation;
    }

    /** Number of Mondays–Fridays before epoch day {@code e}, counted from 1969-12-29 (negative before it). */
    private static long weekdaysBefore(long e) {
        long k = e + MONDAY_EPOCH_OFFSET;
        return Math.floorDiv(k, 7) * 5 + Math.min(Math.floorMod(k, 7), 5);
    }

    /**
     * Smallest epoch day whose {@link #countThrough} reaches {@code target}; that day is always a working day.
     * Gallops from {@code hint}, then bisects: O(log distance).
     */
    private long firstDayReaching(long target, long hint) {
        long lo;
        long hi;
        if (countThrough(hint) >= target) {
            hi = hint;
            long step = 1;
            lo = hint - step;
            while (countThrough(lo) >= target) {
                hi = lo;
                step *= 2;
                lo = hint - step;
            }
        } else {
            lo = hint;
            long step = 1;
            hi = hint + step;
            while (countThrough(hi) < target) {
                lo = hi;
                step *= 2;
                hi = hint + step;
            }
        }
        // invariant: countThrough(lo) < target <= countThrough(hi)
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (countThrough(mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean isMondayToFriday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private static final class Default {
        static final WorkingDayCalendar CALENDAR = of(HolidayData.chinaMainland(), List.of());
    }
}
