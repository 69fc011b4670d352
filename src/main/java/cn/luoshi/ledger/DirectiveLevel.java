package cn.luoshi.ledger;

/** Level of the body that issued a directive (来源层级). */
public enum DirectiveLevel {
    CENTRAL("中央"), PROVINCE("省"), CITY("市"), DISTRICT("区");

    private final String label;

    DirectiveLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
