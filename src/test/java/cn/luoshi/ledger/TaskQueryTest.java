package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.ledger.light.Light;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list's filters read from request parameters, with a Chinese message for each one that cannot be read. */
class TaskQueryTest {

    private static TaskQuery read(Map<String, String> params) {
        return TaskQuery.from(params::get);
    }

    @Test
    void readsEveryFilterAndTreatsBlankAsNone() {
        TaskQuery q = read(Map.of("unitId", "12", "leaderId", " ", "status", "in_progress", "deadlineFrom",
                "2026-01-01", "deadlineTo", "2026-12-31", "text", "  老旧小区 ", "light", "red", "page", "2", "size",
                "50"));
        assertThat(q).isEqualTo(new TaskQuery(12L, null, TaskStatus.IN_PROGRESS, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "老旧小区", null, Light.RED, 2, 50));
        assertThat(read(Map.of())).isEqualTo(new TaskQuery(null, null, null, null, null, null, null, null, null,
                null));
    }

    @Test
    void namesEveryValueItCannotReadAndReadsNothing() {
        assertThatThrownBy(() -> read(Map.of("unitId", "abc", "deadlineFrom", "2026-02-30", "deadlineTo",
                "2026/03/01", "light", "PURPLE", "size", "1.5")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("unitId", "deadlineFrom",
                                "deadlineTo", "light", "size"))
                .hasMessageContaining("完成时限起「2026-02-30」无法识别")
                .hasMessageContaining("单位「abc」无法识别");
    }

    @Test
    void aDateMustBeAnIsoDayWithDigitsOnly() {
        assertThat(read(Map.of("deadlineFrom", "2024-02-29")).deadlineFrom()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> read(Map.of("deadlineFrom", "2025-02-29"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read(Map.of("deadlineFrom", "+202-01-01"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read(Map.of("deadlineFrom", "2026-1-1"))).isInstanceOf(InvalidInputException.class);
    }
}
