package cn.luoshi.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A scoring run: one result version. 预评 (PREVIEW, a quarter) or 年度 (FINAL); COMPUTED until published, then frozen
 * with its number; an accepted appeal makes a new version (same number, 第N版) and the old one SUPERSEDED.
 */
public record Run(long id, long schemeId, String kind, Integer quarter, LocalDate from, LocalDate to, String status,
        int resultVersion, Long parentId, String number, String computedBy, Instant computedAt, String publishedBy,
        Instant publishedAt, LocalDate appealUntil, String adjustments, String changes, int rowVersion) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public String kindLabel() {
        return "FINAL".equals(kind) ? from.getYear() + "年度考核" : from.getYear() + "年第" + quarter + "季度预评";
    }

    public String statusLabel() {
        return switch (status) {
            case "COMPUTED" -> "已计算（未发布）";
            case "PUBLISHED" -> "已发布";
            default -> "已被新版本取代";
        };
    }

    public String title() {
        return kindLabel() + (number == null ? "" : " " + number) + (resultVersion > 1 ? "（第" + resultVersion + "版）" : "");
    }
}
