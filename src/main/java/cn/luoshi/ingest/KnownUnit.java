package cn.luoshi.ingest;

import java.util.List;

/**
 * A unit of the organisation (单位): its full name and the short names people use for it in speeches
 * (区住房和城乡建设局 — 住建局, 住建).
 */
public record KnownUnit(String name, List<String> shortNames) {
    public KnownUnit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("unit name is required");
        }
        shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
    }

    public static KnownUnit of(String name, String... shortNames) {
        return new KnownUnit(name, List.of(shortNames));
    }
}
