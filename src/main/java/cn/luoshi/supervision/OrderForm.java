package cn.luoshi.supervision;

/** A 督办单 to issue: the task, 督办依据, 督办要求, 办复时限 in working days, and who signs it (签发). */
public class OrderForm {
    public Long taskId;
    public String basis;
    public String requirement;
    public Integer responseDays;
    public String signer;
}
