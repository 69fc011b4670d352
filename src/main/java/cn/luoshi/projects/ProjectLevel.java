package cn.luoshi.projects;

import java.util.Arrays;
import java.util.Optional;

/** 项目层级: 省重点、市重点、区重点. */
public enum ProjectLevel {
    PROVINCE("省重点"), CITY("市重点"), DISTRICT("区重点");

    private final String label;

    ProjectLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "省重点", "省", "省级" … */
    public static Optional<ProjectLevel> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.strip();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)
                || v.label.startsWith(t.substring(0, 1)) && t.length() <= 3).findFirst();
    }
}
