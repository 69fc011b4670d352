package cn.luoshi.bulletins;

import java.time.Instant;

/**
 * A bulletin (通报): a draft, or published as 第N期 of its year and frozen.
 *
 * @param id           id
 * @param status       草稿 or 已发布
 * @param title        title
 * @param period       the period it counts
 * @param scope        what it counts
 * @param requirements 下步要求 (editable while a draft)
 * @param content      the numbers and lists (frozen on publication)
 * @param issueYear    year of 第N期, once published
 * @param issueNumber  N, once published
 * @param generatedBy  who generated (or last regenerated) it
 * @param generatedAt  when
 * @param publishedBy  who published it
 * @param publishedAt  when
 * @param version      for optimistic locking
 */
public record Bulletin(long id, BulletinStatus status, String title, BulletinPeriod period, BulletinScope scope,
        String requirements, BulletinContent content, Integer issueYear, Integer issueNumber, String generatedBy,
        Instant generatedAt, String publishedBy, Instant publishedAt, int version) {

    public boolean published() {
        return status == BulletinStatus.PUBLISHED;
    }

    /** 2026年第3期, or 草稿（未编号）. */
    public String issueLabel() {
        return published() ? issueYear + "年第" + issueNumber + "期" : "草稿（未编号）";
    }
}
