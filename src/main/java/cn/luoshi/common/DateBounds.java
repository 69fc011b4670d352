package cn.luoshi.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * 日期范围: every date Luoshi accepts from a form, the API or an import lies between 2000-01-01 and 2100-12-31. ISO
 * parsing alone accepts {@code +99999-01-01}, which no deadline can mean and which breaks working-day arithmetic and
 * the Excel export.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String MESSAGE = "日期须在2000-01-01至2100-12-31之间";

    private DateBounds() {
    }

    public static boolean within(LocalDate d) {
        return d == null || !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
    }

    /** A date typed as yyyy-MM-dd, or an exception whose message says what is wrong, in Chinese. */
    public static LocalDate parse(String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new OutOfRange("日期「" + text + "」无法识别，请用 yyyy-MM-dd");
        }
        if (!within(d)) {
            throw new OutOfRange(MESSAGE);
        }
        return d;
    }

    /** A date outside the range or not a date; the message is for the user. */
    public static final class OutOfRange extends IllegalArgumentException {
        public OutOfRange(String message) {
            super(message);
        }
    }

    /** The user's message if {@code e} or one of its causes is an {@link OutOfRange}. */
    public static java.util.Optional<String> messageIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfRange o) {
                return java.util.Optional.of(o.getMessage());
            }
        }
        return java.util.Optional.empty();
    }
}
