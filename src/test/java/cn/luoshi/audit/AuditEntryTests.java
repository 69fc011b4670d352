package cn.luoshi.audit;

import cn.luoshi.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTests {

    @Test
    void aChangeListsOnlyTheFieldsThatDiffer() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("名称", "老旧小区改造");
        before.put("完成时限", "2026-12-31");
        before.put("责任人", null);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("完成时限", "2026-09-30");
        after.put("责任人", "赵刚");
        AuditEntry e = new AuditEntry(1, TestClock.get().instant(), "duchashi", AuditAction.UPDATE, "任务", 1, 1L, "修改", before,
                after);
        assertThat(e.changes()).containsExactly(new AuditEntry.FieldChange("完成时限", "2026-12-31", "2026-09-30"),
                new AuditEntry.FieldChange("责任人", null, "赵刚"));
    }
}
