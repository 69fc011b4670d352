package cn.luoshi.bulletins;

/** What a bulletin counts (通报范围): all work, one directive (来源), or one category (tag, e.g. 民生实事). */
public enum ScopeKind {
    ALL("全部工作"),
    DIRECTIVE("某一来源"),
    TAG("某一类别");

    private final String label;

    ScopeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
