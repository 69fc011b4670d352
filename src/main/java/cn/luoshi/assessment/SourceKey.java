package cn.luoshi.assessment;

/**
 * Where an indicator's value comes from. Rates are percentages over the unit's records in the period and are 无数据
 * when the unit has none; counts of bad events (逾期, 督办单, 被通报) are 0 when there are none (the module was read and
 * found nothing); district indicators give every unit of the group the district's figure.
 */
public enum SourceKey {
    LEDGER_ON_TIME_RATE("督查台账", "按时办结率", "%"),
    LEDGER_OVERDUE("督查台账", "逾期任务数", "件"),
    SUPERVISION_ORDERS("督查督办", "督办单数", "件"),
    SUPERVISION_RECT_OVERDUE("督查督办", "整改逾期数", "件"),
    BULLETIN_NAMED("通报", "被通报逾期或落后次数", "次"),
    INDICATOR_GROWTH("经济指标", "增速", "%"),
    INDICATOR_VS_TARGET("经济指标", "增速与目标之差", "个百分点"),
    INDICATOR_VS_CITY("经济指标", "增速与全市之差", "个百分点"),
    PROJECT_INVESTMENT_RATE("重点项目", "年度投资完成率", "%"),
    PROJECT_START_RATE("重点项目", "新开工项目开工率", "%"),
    REQUEST_RESPONSE_RATE("接诉即办", "响应率", "%"),
    REQUEST_FINISH_RATE("接诉即办", "办结率", "%"),
    REQUEST_SATISFACTION_RATE("接诉即办", "满意率", "%"),
    PETITION_COUNT("信访", "信访件数", "件"),
    PETITION_ONCE_RATE("信访", "一次性化解率", "%"),
    MANUAL("手工录入", "附佐证材料", "分");

    private final String module;
    private final String label;
    private final String unit;

    SourceKey(String module, String label, String unit) {
        this.module = module;
        this.label = label;
        this.unit = unit;
    }

    public String module() {
        return module;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public String describe() {
        return module + "·" + label;
    }
}
