package cn.luoshi.bulletins;

/** The kind of period a bulletin covers (统计周期). */
public enum PeriodKind {
    WEEK("周报"),
    MONTH("月报"),
    QUARTER("季报"),
    CUSTOM("自定义");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
