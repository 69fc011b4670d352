package cn.luoshi.petitions;

import java.time.YearMonth;

/**
 * 通报口径的句子 — the statistics in the phrasing of the speeches and the 通报:
 * "截至6月底，到国家局信访量2185件人次，同比上升364.89%，其中到国家局来信1738件次，同比上升2703.22%".
 */
public final class Sentences {

    private Sentences() {
    }

    /** "截至6月底" (or "截至2026年6月底" when {@code withYear}). */
    public static String asOf(YearMonth month, boolean withYear) {
        return "截至" + (withYear ? month.getYear() + "年" : "") + month.getMonthValue() + "月底";
    }

    /** "到国家局信访量2185件人次，同比上升364.89%". {@code where} is "到国家局", "全区" …; a null previous omits 同比. */
    public static String volume(String where, long current, Long previous, VisitCount.Measure measure, Growth rule) {
        String s = where + "信访量" + current + measure.label();
        return previous == null ? s : s + "，" + rule.phrase("同比", current, previous);
    }

    /** "到国家局来信1738件次，同比上升2703.22%". */
    public static String channel(String where, Channel channel, long current, Long previous,
            VisitCount.Measure measure, Growth rule) {
        String s = where + channel.label() + current + measure.label();
        return previous == null ? s : s + "，" + rule.phrase("同比", current, previous);
    }

    /** "逐月上升" / "逐月下降" / "有升有降" over the monthly counts (at least three months). */
    public static String trend(long[] monthly) {
        if (monthly.length < 3) {
            return "";
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < monthly.length; i++) {
            up &= monthly[i] >= monthly[i - 1];
            down &= monthly[i] <= monthly[i - 1];
        }
        if (up && monthly[monthly.length - 1] > monthly[0]) {
            return "逐月上升趋势明显";
        }
        if (down && monthly[monthly.length - 1] < monthly[0]) {
            return "逐月下降";
        }
        return "有升有降";
    }
}
