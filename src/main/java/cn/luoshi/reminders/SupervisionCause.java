package cn.luoshi.reminders;

/** 催办事由 from supervision: 督办单办复 and 整改 deadlines. Codes are stored; keep them stable. */
enum SupervisionCause implements ReminderCause {
    ORDER_RESPONSE_DUE("督办单即将到期"),
    ORDER_RESPONSE_OVERDUE("督办单超期未办复"),
    RECTIFICATION_DUE("整改即将到期"),
    RECTIFICATION_OVERDUE("整改已逾期");

    private final String label;

    SupervisionCause(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
