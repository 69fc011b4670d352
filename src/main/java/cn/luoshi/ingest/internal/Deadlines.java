package cn.luoshi.ingest.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines (时限解析): a period as written (今年, 年底, 上半年, 明年, 6月底, 2025年) resolved against the date of the
 * directive; null when the period is unknown or open.
 */
final class Deadlines {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月");

    private Deadlines() {}

    /**
     * 计划年度: the date relative periods (今年, 全年, 年底, 6月底, 明年) count from. A heading that names the year its
     * section plans for (二、2025年工作安排) sets it — 1 January of that year — when that is not the directive's own
     * year: a December 经济工作会议 planning next year, or last year's plan pasted today. Otherwise the directive's date.
     */
    public static LocalDate planDate(String headingPeriod, LocalDate directiveDate) {
        if (headingPeriod == null || directiveDate == null) {
            return directiveDate;
        }
        Matcher year = YEAR.matcher(headingPeriod);
        if (!year.find()) {
            return directiveDate;
        }
        int y = Integer.parseInt(year.group(1));
        return y == directiveDate.getYear() ? directiveDate : LocalDate.of(y, 1, 1);
    }

    public static LocalDate resolve(String period, LocalDate directiveDate) {
        if (period == null) {
            return null;
        }
        Matcher year = YEAR.matcher(period);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            String rest = period.substring(year.end());
            Matcher md = MONTH_DAY.matcher(rest);
            if (md.lookingAt()) { // 2025年6月30日
                YearMonth ym = YearMonth.of(y, month(md.group(1)));
                return ym.atDay(Math.max(1, Math.min(ym.lengthOfMonth(), Integer.parseInt(md.group(2)))));
            }
            Matcher m = MONTH.matcher(rest);
            if (m.lookingAt()) { // 2025年10月底
                return YearMonth.of(y, month(m.group(1))).atEndOfMonth();
            }
            return LocalDate.of(y, 12, 31);
        }
        if (directiveDate == null) {
            return null;
        }
        int y = directiveDate.getYear();
        switch (period) {
            case "今年", "年底", "年底前", "年内", "全年", "从今年起", "每年", "下半年", "四季度" -> {
                return LocalDate.of(y, 12, 31);
            }
            case "上半年", "二季度" -> {
                return LocalDate.of(y, 6, 30);
            }
            case "一季度" -> {
                return LocalDate.of(y, 3, 31);
            }
            case "三季度" -> {
                return LocalDate.of(y, 9, 30);
            }
            case "明年" -> {
                return LocalDate.of(y + 1, 12, 31);
            }
            case "每季度" -> {
                return YearMonth.from(directiveDate).plusMonths((3 - directiveDate.getMonthValue() % 3) % 3).atEndOfMonth();
            }
            case "每月" -> {
                return YearMonth.from(directiveDate).atEndOfMonth();
            }
            default -> {
                // fall through to month forms
            }
        }
        Matcher md = MONTH_DAY.matcher(period);
        if (md.find()) {
            YearMonth ym = YearMonth.of(y, month(md.group(1)));
            return upcoming(directiveDate, ym.atDay(Math.max(1, Math.min(ym.lengthOfMonth(), Integer.parseInt(md.group(2))))));
        }
        Matcher m = MONTH.matcher(period);
        if (m.find()) {
            return upcoming(directiveDate, YearMonth.of(y, month(m.group(1))).atEndOfMonth());
        }
        return null;
    }

    /** A month already past when the directive was given means next year's. */
    private static LocalDate upcoming(LocalDate directiveDate, LocalDate date) {
        return date.isBefore(directiveDate) ? date.plusYears(1) : date;
    }

    private static int month(String s) {
        return Math.max(1, Math.min(12, Integer.parseInt(s)));
    }
}
