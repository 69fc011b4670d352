package cn.luoshi.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** 延期申请 and the 督查室's decision. */
public record ExtensionRequest(long id, long taskId, LocalDate requestedOn, LocalDate currentDeadline,
        LocalDate proposedDeadline, String reason, String currentProgress, ReviewStatus status, String requestedBy,
        Instant requestedAt, String decidedBy, Instant decidedAt, String decisionComment) {
}
