package cn.luoshi.requests;

/** 诉求状态: 待派单 → 待签收 → 办理中 → 已办结 → 已答复 → 已评价（办结归档）; 已合并 for duplicates. */
public enum RequestStatus {
    NEW("待派单"), DISPATCHED("待签收"), IN_PROGRESS("办理中"), FINISHED("已办结待答复"), REPLIED("已答复待评价"),
    CLOSED("已归档"), MERGED("已合并");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open311 knows only open and closed. */
    public String open311() {
        return this == CLOSED || this == MERGED ? "closed" : "open";
    }

    public boolean isOpen() {
        return this != CLOSED && this != MERGED;
    }
}
