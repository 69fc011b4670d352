package cn.luoshi.requests;

/** 紧急程度. */
public enum Urgency {
    NORMAL("一般"), URGENT("紧急");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From the form or an import: 一般/紧急 or the constant's name. */
    public static Urgency parse(String s) {
        if (s == null || s.isBlank()) {
            return NORMAL;
        }
        String t = s.trim();
        for (Urgency u : values()) {
            if (u.name().equalsIgnoreCase(t) || u.label.equals(t)) {
                return u;
            }
        }
        if (t.equals("特急") || t.equals("加急")) {
            return URGENT;
        }
        throw new IllegalArgumentException("紧急程度只能是“一般”或“紧急”：" + s);
    }
}
