package cn.luoshi.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One block of statutory days off (法定节假日放假), e.g. 春节 2026-02-15..2026-02-23, as announced by the
 * State Council notice. The block includes the weekend days inside it.
 *
 * @param name  holiday name as in the notice, e.g. 春节, 国庆节、中秋节
 * @param dates the days off, ascending
 */
public record HolidayPeriod(String name, List<LocalDate> dates) {

    public HolidayPeriod {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("holiday name is blank");
        }
        dates = List.copyOf(dates);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("holiday " + name + " has no dates");
        }
    }
}
