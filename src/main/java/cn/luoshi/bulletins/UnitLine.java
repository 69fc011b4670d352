package cn.luoshi.bulletins;

/**
 * One lead unit's line in a bulletin (各单位推进情况), with its place in the ranking.
 *
 * @param unitId            the unit
 * @param unitName          its short name
 * @param assigned          承担任务: counted tasks it leads at the period's end
 * @param completed         已办结 (cumulative)
 * @param completedInPeriod 本期办结
 * @param due               应办结: completed or overdue
 * @param onTime            按期办结
 * @param open              在办
 * @param ahead             超前序时
 * @param onSchedule        符合序时
 * @param behind            落后序时, overdue ones included (kept for its readers; the unit table shows {@code behindNotOverdue})
 * @param overdue           逾期未办结
 * @param behindNotOverdue  落后序时 but not overdue (with {@code completed}, {@code normal} and {@code overdue} it
 *                          partitions {@code assigned}, for the stacked chart)
 * @param normal            open, neither overdue nor behind 序时
 * @param missedReports     未按时报送进展 (report periods missed within the period)
 * @param withProblems      tasks with open problems
 * @param red               红灯 at the period's end
 * @param rank              名次 (1 = best; tied units share it)
 * @param tied              shares its place with another unit
 * @param commended         通报表扬
 */
public record UnitLine(long unitId, String unitName, int assigned, int completed, int completedInPeriod, int due,
        int onTime, int open, int ahead, int onSchedule, int behind, int overdue, int behindNotOverdue, int normal,
        int missedReports, int withProblems, int red, int rank, boolean tied, boolean commended) {

    /**
     * 在办正常推进: open, neither overdue nor behind 序时 — the same number as {@code normal}, under a name that says
     * what it holds (issue 12). In the JSON beside {@code normal} (kept for its readers); ignored when read back.
     */
    @com.fasterxml.jackson.annotation.JsonProperty(value = "openOnTrack",
            access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public int openOnTrack() {
        return normal;
    }

    /** 正常推进: completed on time, or open and neither overdue nor behind 序时 (in the JSON as {@code onTrack}). */
    @com.fasterxml.jackson.annotation.JsonProperty(value = "onTrack",
            access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public int onTrack() {
        return onTime + normal;
    }

    /** 正常推进率 as shown (the first ranking criterion). */
    public String onTrackRate() {
        return Rates.percent(onTrack(), assigned);
    }

    /** 按期办结率 as shown: "85.7%", or "—" with nothing due. */
    public String onTimeRate() {
        return Rates.percent(onTime, due);
    }

    /** Share of open tasks behind 序时, as shown. */
    public String behindShare() {
        return Rates.percent(behind, open);
    }
}
