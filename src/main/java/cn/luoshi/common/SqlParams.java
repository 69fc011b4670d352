package cn.luoshi.common;

import java.util.HashMap;
import java.util.Map;

/** Named SQL parameters that may be null ({@code Map.of} refuses null values). */
public final class SqlParams {

    private SqlParams() {
    }

    /** {@code of("id", 3, "note", null)} → a map with both keys. */
    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
