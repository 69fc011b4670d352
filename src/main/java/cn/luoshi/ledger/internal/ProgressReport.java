package cn.luoshi.ledger.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 进展: what the lead unit reports — cumulative quantity or percentage at a date, narrative, difficulties, whether
 * leader coordination is needed, next steps. Reports are append-only: a correction is a new report.
 */
public record ProgressReport(long id, long taskId, LocalDate reportedOn, BigDecimal cumulative, String narrative,
        String difficulties, boolean needsCoordination, String nextSteps, long unitId, String reportedBy,
        Instant createdAt) {
}
