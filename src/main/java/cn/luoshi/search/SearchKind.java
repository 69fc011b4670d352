package cn.luoshi.search;

/** The kinds of record the search page groups its hits by, in the order it shows them. */
public enum SearchKind {
    DIRECTIVE("指示/讲话"),
    TASK("任务"),
    REPORT("进展报告"),
    PROBLEM("问题"),
    ORDER("督办单"),
    BULLETIN("通报");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
