package cn.luoshi.minsheng;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 民生实事 item as published (or as it would be published now, in the preview): unit names, never people; the
 * public title, target, 牵头单位 and 配合单位, 完成时限, progress, public status and light, the date of the last progress
 * report, 公开说明 and investments (万元).
 */
public record PublishedItem(int seq, long taskId, String title, String target, Long leadUnitId, String leadUnit,
        List<String> coUnits, LocalDate deadline, BigDecimal progressPercent, PublicStatus status, PublicLight light,
        LocalDate lastUpdate, String note, BigDecimal plannedInvestment, BigDecimal completedInvestment,
        String investmentNote) {

    public PublishedItem {
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
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
