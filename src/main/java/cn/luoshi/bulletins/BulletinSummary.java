package cn.luoshi.bulletins;

import java.time.Instant;
import java.time.LocalDate;

/** A bulletin in the list: without its content. */
public record BulletinSummary(long id, BulletinStatus status, String title, PeriodKind periodKind, LocalDate from,
        LocalDate to, String periodLabel, String scopeLabel, Integer issueYear, Integer issueNumber,
        Instant generatedAt, Instant publishedAt) {

    public String issueLabel() {
        return status == BulletinStatus.PUBLISHED ? issueYear + "年第" + issueNumber + "期" : "草稿";
    }
}
