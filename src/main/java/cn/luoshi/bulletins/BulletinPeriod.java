package cn.luoshi.bulletins;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a bulletin counts: [{@code from}, {@code to}], both included.
 *
 * @param kind  week, month, quarter or custom
 * @param from  first day
 * @param to    last day (a period not over yet is cut at today)
 * @param label in words: 2026年6月, 2026年第二季度, 2026年第25周（6月15日—6月21日）, 2026年6月1日至6月20日
 */
public record BulletinPeriod(PeriodKind kind, LocalDate from, LocalDate to, String label) {

    public BulletinPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
    }

    /** The label with the dates when the label does not already say them: 2026年6月（2026年6月1日至6月30日）. */
    public String fullLabel() {
        return kind == PeriodKind.CUSTOM || label.endsWith("）") ? label : label + "（" + dates() + "）";
    }

    /** 2026年6月1日至6月30日 (the year again only when it changes). */
    public String dates() {
        return BulletinRules.longDate(from) + "至" + (from.getYear() == to.getYear()
                ? to.getMonthValue() + "月" + to.getDayOfMonth() + "日" : BulletinRules.longDate(to));
    }
}
