package cn.luoshi.supervision;

/** 进展评价 — how a 督导检查 rates the progress it saw. */
public enum ProgressRating {
    GOOD("进展良好", "success"),
    NORMAL("基本正常", "primary"),
    LAGGING("滞后", "warning"),
    SERIOUSLY_LAGGING("严重滞后", "danger");

    private final String label;
    private final String badge;

    ProgressRating(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** Bootstrap colour for the badge. */
    public String badge() {
        return badge;
    }
}
