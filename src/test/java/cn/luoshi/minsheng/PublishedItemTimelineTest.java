package cn.luoshi.minsheng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ledger.TaggedTasks;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the public 民生实事 page says when an item was completed late (completed on X, promised Y) and shows the
 * original promise of an extended item beside the new date.
 */
class PublishedItemTimelineTest {

    static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    static TaggedTasks.Item task(TaskStatus status, LocalDate deadline, LocalDate completedOn, LocalDate original) {
        return new TaggedTasks.Item(7, 1, "城市提质工作会议", TaskKind.TASK, "老旧小区改造", null,
                LocalDate.of(2026, 1, 5), deadline, 6L, "住建", "区住房和城乡建设局", List.of(), status,
                new BigDecimal("100"), completedOn, completedOn, "BLUE", "蓝灯", "已办结", 3, original);
    }

    static PublishedItem published(TaggedTasks.Item t) {
        return MinshengService.publicItem(1, t, MinshengItem.defaults(t.id()));
    }

    @Test
    void anItemCompletedAfterItsDeadlineSaysSoWithBothDates() {
        PublishedItem i = published(task(TaskStatus.COMPLETED, JUNE_30, LocalDate.of(2026, 9, 12), null));
        assertThat(i.status()).isEqualTo(PublicStatus.COMPLETED);
        assertThat(i.completedLate()).isTrue();
        assertThat(i.extended()).isFalse();
        assertThat(i.timeline()).isEqualTo("2026年9月12日完成，承诺2026年6月30日前完成，逾期完成");
    }

    @Test
    void anItemCompletedOnItsDeadlineIsOnTime() {
        PublishedItem i = published(task(TaskStatus.COMPLETED, JUNE_30, JUNE_30, null));
        assertThat(i.completedLate()).isFalse();
        assertThat(i.timeline()).isEqualTo("2026年6月30日按期完成");
    }

    @Test
    void anExtendedItemShowsItsFirstPromiseBesideTheNewDate() {
        PublishedItem i = published(task(TaskStatus.IN_PROGRESS, LocalDate.of(2026, 10, 31), null, JUNE_30));
        assertThat(i.extended()).isTrue();
        assertThat(i.originalDeadline()).isEqualTo(JUNE_30);
        assertThat(i.completedOn()).isNull();
        assertThat(i.timeline()).isEqualTo("原承诺2026年6月30日前完成，经批准延期至2026年10月31日");
    }

    @Test
    void anExtendedItemCompletedAfterEvenTheNewDateSaysBoth() {
        PublishedItem i = published(task(TaskStatus.COMPLETED, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 3),
                JUNE_30));
        assertThat(i.completedLate()).isTrue();
        assertThat(i.timeline()).isEqualTo("2026年11月3日完成，承诺2026年10月31日前完成，逾期完成；"
                + "原承诺2026年6月30日前完成，经批准延期至2026年10月31日");
    }

    @Test
    void anOpenItemNeverExtendedHasNothingToSay() {
        PublishedItem i = published(task(TaskStatus.IN_PROGRESS, JUNE_30, null, null));
        assertThat(i.completedLate()).isFalse();
        assertThat(i.extended()).isFalse();
        assertThat(i.timeline()).isNull();
        // An "original" deadline equal to the one in force is no extension.
        assertThat(published(task(TaskStatus.IN_PROGRESS, JUNE_30, null, JUNE_30)).extended()).isFalse();
    }
}
