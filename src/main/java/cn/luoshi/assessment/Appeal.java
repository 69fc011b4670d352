package cn.luoshi.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** 申诉: a unit contests one line of a published result; the 考核办 accepts (new version) or rejects, with a reason. */
public record Appeal(long id, long runId, long unitId, String unitName, String code, String lineName, String claim,
        BigDecimal requestedValue, String fileName, String filedBy, Instant filedAt, String status, String decisionReason,
        BigDecimal adjustedValue, String decidedBy, Instant decidedAt, Long newRunId, int rowVersion) {

    public String statusLabel() {
        return switch (status) {
            case "PENDING" -> "待裁定";
            case "ACCEPTED" -> "已采纳";
            default -> "未采纳";
        };
    }
}
