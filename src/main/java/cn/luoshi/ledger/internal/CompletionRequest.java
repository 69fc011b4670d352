package cn.luoshi.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 办结申请 with its 佐证材料, and the 督查室's decision. */
public record CompletionRequest(long id, long taskId, LocalDate requestedOn, String summary, ReviewStatus status,
        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String decisionComment,
        List<Attachment> attachments) {
}
