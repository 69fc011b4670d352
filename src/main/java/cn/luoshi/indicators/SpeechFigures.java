package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 讲话数据核对 — how a figure quoted in a speech is matched to the catalogue and to a month: the subject as the speech
 * writes it ("固定资产投资增速", "地方一般公共预算收入", "区GDP") against the indicators' names, their usual short forms
 * and codes, with only the district's own prefixes allowed before them (区, 全区, 我区, 地方…: "湘钢工业总产值" is an
 * enterprise's, not the district's); the period as the speech writes it ("去年", "上半年", "前三季度", "1–10月",
 * "2025年") resolved against the speech's date; and when a quoted number agrees with a stored one (the stored figure
 * rounded to the speech's decimals equals it: "1.7" agrees with −1.70, "1" with −1.04).
 */
public final class SpeechFigures {

    private static final List<String> DISTRICT_PREFIXES = List.of("", "区", "全区", "我区", "本区", "地方", "全区地方",
            "我区地方", "**区", "＊＊区");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern RANGE = Pattern.compile("1\\s*[-–—~～至到]\\s*(\\d{1,2})月");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月");

    private SpeechFigures() {
    }

    /** The forms a speech may use for an indicator: its name, its name without 地区, 规上 for 规模以上, its code. */
    static List<String> forms(Indicator i) {
        List<String> out = new ArrayList<>();
        out.add(i.name());
        if (i.name().startsWith("地区")) {
            out.add(i.name().substring(2));
        }
        if (i.name().startsWith("规模以上")) {
            out.add("规上" + i.name().substring(4));
        }
        out.add(i.code());
        if (i.code().equals("FAI")) {
            out.add("固投");
        } else if (i.code().equals("RETAIL")) {
            out.add("社零");
        }
        return out;
    }

    /** The indicator a subject names, or null: "固定资产投资增速" → FAI, "区GDP" → GDP, "开发投资" → null. */
    public static Indicator indicatorFor(String subject, List<Indicator> catalogue) {
        if (subject == null) {
            return null;
        }
        String s = subject.strip().replaceAll("(增速|增幅|增长率|增长|同比|累计)+$", "");
        Indicator best = null;
        int bestLength = 0;
        for (Indicator i : catalogue) {
            for (String form : forms(i)) {
                if (s.endsWith(form) && DISTRICT_PREFIXES.contains(s.substring(0, s.length() - form.length()))
                        && form.length() > bestLength) {
                    best = i;
                    bestLength = form.length();
                }
            }
        }
        return best;
    }

    /**
     * The month a speech's period names (cumulative 1–N月), or null when it names none: "去年" → December of the year
     * before the speech; "上半年" → June of the speech's year, or of the year before when the speech comes before July;
     * "2025年" → December 2025; "前三季度" (or "三季度") 9, "一季度" 3, "1–10月" 10, "5月" 5.
     */
    public static YearMonth period(String text, LocalDate issuedOn) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        YearMonth issued = YearMonth.from(issuedOn);
        Integer month = null;
        Matcher r = RANGE.matcher(t);
        Matcher m = MONTH.matcher(t);
        if (t.contains("三季度")) { // the extractor keeps "三季度" of "前三季度"; a speech's figures are cumulative
            month = 9;
        } else if (t.contains("上半年")) {
            month = 6;
        } else if (t.contains("一季度")) {
            month = 3;
        } else if (t.contains("全年")) {
            month = 12;
        } else if (r.find()) {
            month = Integer.parseInt(r.group(1));
        } else if (m.find()) {
            month = Integer.parseInt(m.group(1));
        }
        if (month != null && (month < 1 || month > 12)) {
            return null;
        }
        Matcher y = YEAR.matcher(t);
        if (y.find()) {
            return YearMonth.of(Integer.parseInt(y.group(1)), month == null ? 12 : month);
        }
        if (t.startsWith("去年")) {
            return YearMonth.of(issuedOn.getYear() - 1, month == null ? 12 : month);
        }
        if (month == null) {
            return null;
        }
        YearMonth thisYear = YearMonth.of(issuedOn.getYear(), month);
        return thisYear.isAfter(issued) ? thisYear.minusYears(1) : thisYear;
    }

    /** True when the stored figure, rounded to the speech's decimals, is the speech's number. */
    public static boolean agrees(BigDecimal spoken, BigDecimal stored) {
        if (spoken == null || stored == null) {
            return false;
        }
        int scale = Math.max(0, spoken.stripTrailingZeros().scale());
        return stored.setScale(scale, RoundingMode.HALF_UP).compareTo(spoken.setScale(scale, RoundingMode.HALF_UP)) == 0;
    }
}
