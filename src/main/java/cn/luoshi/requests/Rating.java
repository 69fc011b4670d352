package cn.luoshi.requests;

/** 满意度评价. */
public enum Rating {
    SATISFIED("满意"), BASIC("基本满意"), UNSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Rating parse(String s) {
        for (Rating r : values()) {
            if (r.name().equalsIgnoreCase(s) || r.label.equals(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("评价只能是满意、基本满意或不满意");
    }
}
