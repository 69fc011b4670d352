package cn.luoshi.ledger.internal;

import java.time.Instant;

/** A stored evidence file's description (the bytes are read only for download). */
public record Attachment(long id, long taskId, Long completionRequestId, String originalName, String contentType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    /** "1.2 MB" / "35 KB" for the page. */
    public String sizeText() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
    }
}
