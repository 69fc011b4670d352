package cn.luoshi.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The tasks and measures carrying one tag (标签, e.g. 民生实事), with the names, progress and stored light a list of
 * them shows. Read by {@link TaggedTaskQuery} in one statement.
 */
public record TaggedTasks(String tag, List<Item> items) {

    public TaggedTasks {
        items = List.copyOf(items);
    }

    /**
     * One tagged task. {@code progressPercent} is the task's own percent (cumulative reported quantity of the target,
     * or the reported percent; null before the first report, may exceed 100). {@code light} is the stored light's
     * name ({@code GREEN}, {@code YELLOW}, {@code RED}, {@code BLUE}, {@code GREY}, {@code NONE}) or null before the
     * first computation; {@code lightLabel} and {@code lightReason} are its words. {@code originalDeadline} is the
     * first deadline once an extension was approved (原完成时限), otherwise null.
     */
    public record Item(long id, long directiveId, String directiveTitle, TaskKind kind, String title, Target target,
            LocalDate startDate, LocalDate deadline, Long leadUnitId, String leadUnitShortName,
            String leadUnitFullName, List<String> coUnitFullNames, TaskStatus status, BigDecimal progressPercent,
            LocalDate lastReportedOn, LocalDate completedOn, String light, String lightLabel, String lightReason,
            int version, LocalDate originalDeadline) {

        public Item {
            coUnitFullNames = coUnitFullNames == null ? List.of() : List.copyOf(coUnitFullNames);
        }

        /** Without the original deadline (a task never extended). */
        public Item(long id, long directiveId, String directiveTitle, TaskKind kind, String title, Target target,
                LocalDate startDate, LocalDate deadline, Long leadUnitId, String leadUnitShortName,
                String leadUnitFullName, List<String> coUnitFullNames, TaskStatus status, BigDecimal progressPercent,
                LocalDate lastReportedOn, LocalDate completedOn, String light, String lightLabel, String lightReason,
                int version) {
            this(id, directiveId, directiveTitle, kind, title, target, startDate, deadline, leadUnitId,
                    leadUnitShortName, leadUnitFullName, coUnitFullNames, status, progressPercent, lastReportedOn,
                    completedOn, light, lightLabel, lightReason, version, null);
        }

        /** "115个老旧小区改造（今年）", or null without a quantified target. */
        public String targetText() {
            return target == null ? null : target.describe();
        }
    }
}
