package cn.luoshi.ledger;

/** A move that needs only a reason or comment: 退回, 终止, 驳回办结, the 督查室's decision on a request. */
public class ReasonForm {
    public Integer version;
    public String reason;
}
