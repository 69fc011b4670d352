package cn.luoshi.ledger;

import cn.luoshi.ledger.internal.ReviewStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 延期申请 and its decision. Where the leader approves too, {@code reviewed*} hold the 督查室's agreement (初审) and
 * {@code decided*} the final decision.
 */
public record ExtensionRequest(long id, long taskId, LocalDate requestedOn, LocalDate currentDeadline,
        LocalDate proposedDeadline, String reason, String currentProgress, ReviewStatus status, String requestedBy,
        Instant requestedAt, String reviewedBy, Instant reviewedAt, String reviewComment, String decidedBy,
        Instant decidedAt, String decisionComment, boolean afterOverdue) {
}
