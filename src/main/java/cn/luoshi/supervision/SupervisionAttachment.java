package cn.luoshi.supervision;

import java.time.Instant;

/** A stored evidence file of an inspection, a rectification item or an order's response (bytes only on download). */
public record SupervisionAttachment(long id, String originalName, String contentType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {

    /** "1.2 MB" / "35 KB" for the page. */
    public String sizeText() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
    }
}
