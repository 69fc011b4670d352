package cn.luoshi.common;

import tools.jackson.databind.json.JsonMapper;

/** A plain JSON mapper for audit snapshots and stored documents, independent of the web layer's settings. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
