package cn.luoshi.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** A 考核办法 version in a list. */
public record SchemeSummary(long id, int year, int version, String title, String status, LocalDate effectiveFrom,
        LocalDate effectiveTo, int rowVersion, String createdBy, String publishedBy, Instant publishedAt) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public String statusLabel() {
        return published() ? "已发布" : "草稿";
    }
}
