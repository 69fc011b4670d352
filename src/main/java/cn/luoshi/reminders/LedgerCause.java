package cn.luoshi.reminders;

/** The ledger's reminder causes (台账催办事由); rules in {@link LedgerReminderRules}. */
public enum LedgerCause implements ReminderCause {
    /** 待签收: a task was given to the unit and awaits 签收 or 退回 (once per 交办). */
    ACCEPTANCE_DUE("待签收"),
    /** 超期未签收: the 签收 time limit has passed (each working day, also to the 督查室). */
    ACCEPTANCE_OVERDUE("超期未签收"),
    /** 报送提醒: a period's progress report falls due within N working days (once per period). */
    REPORT_DUE("报送提醒"),
    /** 未按时报送: a period's report fell due and was not filed (once per period). */
    REPORT_MISSED("未按时报送"),
    /** 临近时限: the deadline is at most 5 working days away (once per deadline). */
    DEADLINE_SOON("临近时限"),
    /** 即将到期: the deadline is at most 1 working day away (once per deadline). */
    DEADLINE_IMMINENT("即将到期"),
    /** 已逾期: past the deadline (first overdue day, then every 5 working days). */
    OVERDUE("已逾期");

    private final String label;

    LedgerCause(String label) {
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
