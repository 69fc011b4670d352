package cn.luoshi.ledger;

/** Kind of directive (来源类型). */
public enum DirectiveKind {
    SPEECH("讲话"), MINUTES("会议纪要"), DOCUMENT("文件"), INSTRUCTION("领导批示");

    private final String label;

    DirectiveKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
