package cn.luoshi.ingest.review;

/** Where a row's first lead unit (牵头单位) came from, as the review row shows it. */
public enum OwnerSource {
    NAMED("讲话点名"), HEADING("上级条目点名"), DUTY("职责关键词"), HISTORY("同类任务"), DUTY_AND_HISTORY("职责关键词和同类任务"),
    TENTATIVE("依据较弱"), NONE("未能判断");

    private final String label;

    OwnerSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A unit the review suggested rather than one the speech named. */
    public boolean suggested() {
        return this == DUTY || this == HISTORY || this == DUTY_AND_HISTORY || this == TENTATIVE;
    }
}
