package cn.luoshi.supervision;

/** The moves on a 督办单 after it is issued. */
public enum OrderAction {
    /** 办复: the 承办单位 answers (text, optional file). */
    RESPOND("办复"),
    /** 办结: the 督查室 accepts the answer; the order is 已办复. */
    CLOSE("确认办复"),
    /** 退回重办: the 督查室 sends the answer back, with a reason. */
    RETURN("退回重办"),
    /** 撤销: the 督查室 withdraws the order (issued by mistake, task terminated …), with a reason. */
    WITHDRAW("撤销");

    private final String label;

    OrderAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
