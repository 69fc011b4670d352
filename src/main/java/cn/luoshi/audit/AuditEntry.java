package cn.luoshi.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One change as the history page shows it. */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String entityType, long entityId,
        Long taskId, String summary, Map<String, Object> before, Map<String, Object> after) {

    /** One field that changed, for display: 完成时限 2026-06-30 → 2026-09-30. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** The fields whose values differ (all fields for a create or delete). */
    public List<FieldChange> changes() {
        Map<String, Object> b = before == null ? Map.of() : before;
        Map<String, Object> a = after == null ? Map.of() : after;
        Map<String, Boolean> keys = new LinkedHashMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        List<FieldChange> out = new ArrayList<>();
        for (String k : keys.keySet()) {
            if (!Objects.equals(String.valueOf(b.get(k)), String.valueOf(a.get(k)))) {
                out.add(new FieldChange(k, b.get(k), a.get(k)));
            }
        }
        return out;
    }
}
