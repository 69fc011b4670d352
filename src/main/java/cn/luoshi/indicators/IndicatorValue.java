package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** One vintage of one figure: indicator × region × month (1–N月累计 as published). */
public record IndicatorValue(long id, long indicatorId, long regionId, YearMonth period, int vintage, boolean current,
        BigDecimal value, BigDecimal growth, String status, String source, LocalDate sourceDate, Long importId) {
}
