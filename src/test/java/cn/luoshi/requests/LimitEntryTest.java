package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 时限设置's entries: units, formatting, and the checks (in Chinese). */
class LimitEntryTest {

    static final long DAY = 450; // 08:30–12:00, 13:30–17:30

    static Map<Stage, String> amounts(String... a) {
        Map<Stage, String> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, a[s.ordinal()]);
        }
        return m;
    }

    static Map<Stage, LimitEntry.Unit> units(LimitEntry.Unit... u) {
        Map<Stage, LimitEntry.Unit> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, u[s.ordinal()]);
        }
        return m;
    }

    @Test
    void amountsInUnitsBecomeWorkingMinutesAndBack() {
        assertThat(LimitEntry.minutes(5, LimitEntry.Unit.DAY, DAY)).isEqualTo(2250);
        assertThat(LimitEntry.minutes(2, LimitEntry.Unit.HOUR, DAY)).isEqualTo(120);
        assertThat(LimitEntry.format(2250, DAY)).isEqualTo("5 工作日");
        assertThat(LimitEntry.format(120, DAY)).isEqualTo("2 工作小时");
        assertThat(LimitEntry.format(30, DAY)).isEqualTo("30 分钟");
        assertThat(LimitEntry.unitOf(450, DAY)).isEqualTo(LimitEntry.Unit.DAY);
        assertThat(LimitEntry.amountOf(900, DAY)).isEqualTo(2);
        assertThat(LimitEntry.amountOf(90, DAY)).isEqualTo(90);
    }

    @Test
    void validEntriesPass() {
        Violations v = new Violations();
        Map<Stage, Integer> m = LimitEntry.check(amounts("30", "2", "1", " 2 "),
                units(LimitEntry.Unit.MINUTE, LimitEntry.Unit.HOUR, LimitEntry.Unit.DAY, LimitEntry.Unit.DAY), DAY, v);
        assertThat(v.isEmpty()).isTrue();
        assertThat(m).containsEntry(Stage.SIGN, 30).containsEntry(Stage.CONTACT, 120).containsEntry(Stage.FINISH, 450)
                .containsEntry(Stage.REPLY, 900);
    }

    @Test
    void badEntriesAreNamedByStage() {
        Violations v = new Violations();
        LimitEntry.check(amounts("", "-1", "2.5", "61"),
                units(LimitEntry.Unit.MINUTE, LimitEntry.Unit.HOUR, LimitEntry.Unit.DAY, LimitEntry.Unit.DAY), DAY, v);
        assertThat(v.list()).extracting(Violations.Violation::message).containsExactly(
                "签收时限不能为空", "首次联系时限须大于0", "办结时限须为正整数（“2.5”不是整数）", "答复时限不能超过60个工作日");
        Violations unit = new Violations();
        LimitEntry.check(amounts("1", "1", "1", "1"), units(null, LimitEntry.Unit.HOUR, LimitEntry.Unit.DAY, LimitEntry.Unit.DAY), DAY, unit);
        assertThat(unit.list()).extracting(Violations.Violation::field).containsExactly("unit_SIGN");
    }

    @Test
    void finishNotBeforeContactAndReplyNotBeforeFinish() {
        Violations v = new Violations();
        LimitEntry.check(amounts("1", "2", "1", "3"),
                units(LimitEntry.Unit.HOUR, LimitEntry.Unit.DAY, LimitEntry.Unit.DAY, LimitEntry.Unit.HOUR), DAY, v);
        assertThat(v.list()).extracting(Violations.Violation::message).containsExactly(
                "办结时限不能短于首次联系时限（都从派单时起算）", "答复时限不能短于办结时限（都从派单时起算）");
    }
}
