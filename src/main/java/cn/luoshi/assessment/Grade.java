package cn.luoshi.assessment;

/** 考核等次, best first. */
public enum Grade {
    EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of the two (a cap such as 一票否决 can only lower a grade). */
    public Grade atMost(Grade cap) {
        return cap == null || this.ordinal() >= cap.ordinal() ? this : cap;
    }

    public static Grade ofLabel(String label) {
        for (Grade g : values()) {
            if (g.label.equals(label) || g.name().equals(label)) {
                return g;
            }
        }
        throw new IllegalArgumentException("不认识的等次「" + label + "」");
    }
}
