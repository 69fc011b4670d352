package cn.luoshi.supervision;

/** The moves on a 整改事项, and whose they are. */
public enum RectificationAction {
    /** 开始整改: the owner unit takes the item on. */
    START("开始整改", true),
    /** 更新进展: the owner unit reports progress (starts the item if it was still open). */
    UPDATE("更新整改进展", true),
    /** 报送整改结果: the owner unit says it is done, with evidence. */
    SUBMIT("报送整改结果", true),
    /** 退回重改: the 督查室 is not satisfied with the result. */
    RETURN("退回重改", false),
    /** 销号: the 督查室 closes the item; only with evidence. */
    CLOSE("销号", false);

    private final String label;
    private final boolean ownerUnits;

    RectificationAction(String label, boolean ownerUnits) {
        this.label = label;
        this.ownerUnits = ownerUnits;
    }

    public String label() {
        return label;
    }

    /** True for the owner unit's moves, false for the 督查室's. */
    public boolean byOwnerUnit() {
        return ownerUnits;
    }
}
