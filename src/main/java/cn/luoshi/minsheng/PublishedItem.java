package cn.luoshi.minsheng;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 民生实事 item as published (or as it would be published now, in the preview): unit names, never people; the
 * public title, target, 牵头单位 and 配合单位, 完成时限, progress, public status and light, the date of the last progress
 * report, 公开说明 and investments (万元); the 办结日期 of a completed item and the first promise (原完成时限) of an extended
 * one, so the page can say "逾期完成" and show what was first promised.
 */
public record PublishedItem(int seq, long taskId, String title, String target, Long leadUnitId, String leadUnit,
        List<String> coUnits, LocalDate deadline, BigDecimal progressPercent, PublicStatus status, PublicLight light,
        LocalDate lastUpdate, String note, BigDecimal plannedInvestment, BigDecimal completedInvestment,
        String investmentNote, LocalDate completedOn, LocalDate originalDeadline) {

    public PublishedItem {
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
        if (originalDeadline != null && originalDeadline.equals(deadline)) {
            originalDeadline = null;
        }
    }

    /** Without completion date and original promise (an item neither completed nor extended). */
    public PublishedItem(int seq, long taskId, String title, String target, Long leadUnitId, String leadUnit,
            List<String> coUnits, LocalDate deadline, BigDecimal progressPercent, PublicStatus status,
            PublicLight light, LocalDate lastUpdate, String note, BigDecimal plannedInvestment,
            BigDecimal completedInvestment, String investmentNote) {
        this(seq, taskId, title, target, leadUnitId, leadUnit, coUnits, deadline, progressPercent, status, light,
                lastUpdate, note, plannedInvestment, completedInvestment, investmentNote, null, null);
    }

    /** 延期: the deadline was moved by an approved extension; {@link #originalDeadline()} is the first promise. */
    public boolean extended() {
        return originalDeadline != null;
    }

    /** 逾期完成: completed after the deadline in force (the extended one, if extended). */
    public boolean completedLate() {
        return status == PublicStatus.COMPLETED && completedOn != null && deadline != null
                && completedOn.isAfter(deadline);
    }

    /**
     * What the public reads beside the deadline: "2026年9月12日完成，承诺2026年6月30日前完成，逾期完成" for a late
     * completion, "2026年6月10日按期完成" for one in time, "原承诺2026年6月30日前完成，经批准延期" for an extended item;
     * null when there is nothing to say.
     */
    public String timeline() {
        var parts = new java.util.ArrayList<String>();
        if (status == PublicStatus.COMPLETED && completedOn != null) {
            parts.add(completedLate() ? day(completedOn) + "完成，承诺" + day(deadline) + "前完成，逾期完成"
                    : day(completedOn) + "按期完成");
        }
        if (extended()) {
            parts.add("原承诺" + day(originalDeadline) + "前完成，经批准延期至" + day(deadline));
        }
        return parts.isEmpty() ? null : String.join("；", parts);
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** Width of the progress bar (0–100). */
    public BigDecimal barWidth() {
        return MinshengRates.barWidth(progressPercent);
    }

    /** Investment completed as a percentage of planned, or null. */
    public BigDecimal investmentRate() {
        return plannedInvestment == null ? null : MinshengRates.rate(completedInvestment, plannedInvestment);
    }

    MinshengRates.Line line() {
        return new MinshengRates.Line(status, progressPercent, plannedInvestment, completedInvestment);
    }
}
