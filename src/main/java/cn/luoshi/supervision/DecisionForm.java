package cn.luoshi.supervision;

/**
 * The 督查室's decision on a 督办单 or 整改事项: a reason or comment, and for 退回重办 optionally a new 办复时限 in
 * working days from today.
 */
public class DecisionForm {
    public String reason;
    public Integer responseDays;
    public Integer version;
}
