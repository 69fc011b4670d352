package cn.luoshi.supervision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 督办单编号 — 督办〔2026〕第N号: the calendar year of issue in 六角括号 and a number counted from 1 in each year,
 * without gaps (the counter row is taken in the issuing transaction, so a failed issue gives its number back).
 */
public record OrderNumber(int year, int seq) {

    private static final Pattern FORMAT = Pattern.compile("督办〔(\\d{4})〕第(\\d+)号");

    public OrderNumber {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (seq < 1) {
            throw new IllegalArgumentException("numbers start at 1: " + seq);
        }
    }

    /** 督办〔2026〕第3号. */
    public String text() {
        return "督办〔" + year + "〕第" + seq + "号";
    }

    @Override
    public String toString() {
        return text();
    }

    /** Reads 督办〔2026〕第3号 back; anything else is an error. */
    public static OrderNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("不是督办单编号：" + text);
        }
        return new OrderNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
