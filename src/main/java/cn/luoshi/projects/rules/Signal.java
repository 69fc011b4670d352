package cn.luoshi.projects.rules;

/** 亮灯等级 of a project dimension or of the project: 绿灯 (on track), 黄灯 (warning), 红灯 (serious). */
public enum Signal {
    GREEN("绿灯", "green"), YELLOW("黄灯", "yellow"), RED("红灯", "red");

    private final String label;
    private final String css;

    Signal(String label, String css) {
        this.label = label;
        this.css = css;
    }

    public String label() {
        return label;
    }

    public String css() {
        return css;
    }

    public Signal worst(Signal other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    public boolean warns() {
        return this != GREEN;
    }
}
