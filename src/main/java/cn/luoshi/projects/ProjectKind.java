package cn.luoshi.projects;

import java.util.Arrays;
import java.util.Optional;

/** 项目类别 (建设阶段): 新开工、续建、竣工、谋划、前期. */
public enum ProjectKind {
    NEW("新开工"), CONTINUED("续建"), COMPLETING("竣工"), PLANNED("谋划"), PRELIMINARY("前期");

    private final String label;

    ProjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProjectKind> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.strip().replace("项目", "");
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
    }
}
