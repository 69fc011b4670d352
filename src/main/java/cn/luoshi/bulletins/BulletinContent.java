package cn.luoshi.bulletins;

import java.time.LocalDate;
import java.util.List;

/**
 * What a bulletin says, stored with it (JSON) when it is generated and frozen when it is published: the numbers, the
 * lists and the rules in words. Nothing here depends on the time of generation, so generating the same period again
 * gives an equal content.
 *
 * @param from             first day of the period
 * @param to               last day of the period
 * @param periodLabel      the period in words
 * @param scopeLabel       the scope in words
 * @param totals           总体情况
 * @param summary          总体情况 as a paragraph
 * @param units            各单位推进情况, in ranking order
 * @param rankingRule      排名规则 in words
 * @param commended        通报表扬 units, in ranking order
 * @param commendationRule 表扬规则 in words
 * @param redItems         红灯事项 (the first {@link #RED_ITEMS_SHOWN}, most serious first)
 * @param redTotal         how many red items there are in all (the full list is in the Excel export)
 * @param terminated       本期终止 tasks, counted apart (the first {@link #TERMINATED_SHOWN} by date; all are in the
 *                         Excel export, their number in {@link Totals#terminatedInPeriod()})
 * @param countingRules    通报口径 in words
 * @param lightThresholds  the light rule's thresholds in force, in words
 * @param calendarSource   the working-day calendar in force
 * @param sections         专项段落 from other modules ({@link BulletinSections}), in their order; none in contents
 *                         stored before sections existed
 */
public record BulletinContent(LocalDate from, LocalDate to, String periodLabel, String scopeLabel, Totals totals,
        String summary, List<UnitLine> units, String rankingRule, List<String> commended, String commendationRule,
        List<RedItem> redItems, int redTotal, List<TerminatedItem> terminated, List<String> countingRules,
        String lightThresholds, String calendarSource, List<Section> sections) {

    /** Red items a bulletin lists itself (screen, Word, PDF); the Excel export has them all. */
    public static final int RED_ITEMS_SHOWN = 100;

    /** Terminated tasks a bulletin lists itself. */
    public static final int TERMINATED_SHOWN = 100;

    public BulletinContent {
        units = List.copyOf(units);
        commended = List.copyOf(commended);
        redItems = List.copyOf(redItems);
        terminated = List.copyOf(terminated);
        countingRules = List.copyOf(countingRules);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A section another module contributed: its key, its heading and its paragraphs. */
    public record Section(String key, String title, List<String> paragraphs) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** The same content with these sections. */
    public BulletinContent withSections(List<Section> newSections) {
        return new BulletinContent(from, to, periodLabel, scopeLabel, totals, summary, units, rankingRule, commended,
                commendationRule, redItems, redTotal, terminated, countingRules, lightThresholds, calendarSource,
                newSections);
    }

    /** A red item: task, lead unit and the reason in words. */
    public record RedItem(long taskId, String title, String directiveTitle, String unitName, String reason,
            LocalDate deadline, int overdueWorkingDays) {
    }

    /** A task terminated in the period (counted apart). */
    public record TerminatedItem(long taskId, String title, String unitName, LocalDate terminatedOn, String reason) {
    }

    public boolean empty() {
        return totals.empty();
    }

    /** "共N项，列出前100项" when the list is cut. */
    public boolean redItemsCut() {
        return redTotal > redItems.size();
    }

    public boolean terminatedCut() {
        return totals.terminatedInPeriod() > terminated.size();
    }
}
