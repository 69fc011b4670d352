package cn.luoshi.ledger.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 完成时限 as people type it in a spreadsheet: 2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日, 20260630, 6月30日,
 * 6/30, 2026年6月, 6月底, 年底, 上半年 — with an optional trailing 前. Without a year, the current year is meant; a month
 * alone means its last day.
 */
final class ImportDates {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Pattern FULL = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?\\s*[底末]?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH_END = Pattern.compile("(\\d{1,2})\\s*月\\s*[底末]?");
    private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})\\s*)?年{1,2}[底末]");
    private static final Pattern FIRST_HALF = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*上半年");

    private ImportDates() {
    }

    /** The date {@code text} names, or empty if it names none (or an impossible one such as 2月30日). */
    static Optional<LocalDate> parse(String text, int currentYear) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalize(text);
        if (s.endsWith("前")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m;
            if ((m = FULL.matcher(s)).matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            if ((m = COMPACT.matcher(s)).matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            if ((m = YEAR_MONTH.matcher(s)).matches()) {
                return Optional.of(YearMonth.of(num(m, 1), num(m, 2)).atEndOfMonth());
            }
            if ((m = MONTH_DAY.matcher(s)).matches()) {
                return Optional.of(LocalDate.of(currentYear, num(m, 1), num(m, 2)));
            }
            if ((m = MONTH_END.matcher(s)).matches()) {
                return Optional.of(YearMonth.of(currentYear, num(m, 1)).atEndOfMonth());
            }
            if ((m = YEAR_END.matcher(s)).matches()) {
                return Optional.of(LocalDate.of(m.group(1) == null ? currentYear : num(m, 1), 12, 31));
            }
            if ((m = FIRST_HALF.matcher(s)).matches()) {
                return Optional.of(LocalDate.of(m.group(1) == null ? currentYear : num(m, 1), 6, 30));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A date from text inside a longer title, such as 「2026年2月10日全区大会讲话」; empty if none. */
    static Optional<LocalDate> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FULL.matcher(normalize(text));
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            } catch (DateTimeException e) {
                // not a real date; look further
            }
        }
        return Optional.empty();
    }

    static boolean plausible(LocalDate d) {
        return !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
    }

    /** "2026年6月30日". */
    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** Full-width digits and punctuation (as Chinese input methods type them) to ASCII; trimmed. */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '／') {
                b.append('/');
            } else if (c == '－' || c == '—' || c == '–') {
                b.append('-');
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '\u3000' || c == '\u00a0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString().trim();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
