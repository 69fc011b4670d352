package cn.luoshi.indicators;

import java.time.YearMonth;

/** How the speeches name a cumulative period: "1–10月", "一季度", "上半年", "前三季度", "全年". */
public final class Periods {

    private static final java.util.regex.Pattern PATTERN =
            java.util.regex.Pattern.compile("^(\\d{4})(?:年|-|/|\\.)?(?:1-)?(\\d{1,2})月?(?:份)?$");

    private Periods() {
    }

    /** "2026年1–10月" (1–N月累计); January is "1月". */
    public static String label(YearMonth p) {
        return p.getYear() + "年" + shortLabel(p);
    }

    public static String shortLabel(YearMonth p) {
        int m = p.getMonthValue();
        return switch (m) {
            case 1 -> "1月";
            case 3 -> "一季度";
            case 6 -> "上半年";
            case 9 -> "前三季度";
            case 12 -> "全年";
            default -> "1–" + m + "月";
        };
    }

    /** Parses "2026-10", "2026年10月", "2026年1-10月", "2026年1–10月", "202610". */
    public static YearMonth parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replace('—', '-').replace('–', '-').replace('－', '-').replace(" ", "");
        java.util.regex.Matcher m = PATTERN.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(m.group(1)), month);
            }
        }
        return null;
    }
}
