package cn.luoshi.minsheng;

import java.math.BigDecimal;

/** Form data for an item's public face. Amounts in 万元; {@code version} guards stale edits (0 before the first). */
public class MinshengForm {
    public String publicTitle;
    public String publicNote;
    public BigDecimal plannedInvestment;
    public BigDecimal completedInvestment;
    public String investmentNote;
    public boolean included = true;
    public Integer version;

    public static MinshengForm of(MinshengItem item, String taskTitle) {
        MinshengForm f = new MinshengForm();
        f.publicTitle = item.publicTitle() == null ? taskTitle : item.publicTitle();
        f.publicNote = item.publicNote();
        f.plannedInvestment = item.plannedInvestment();
        f.completedInvestment = item.completedInvestment();
        f.investmentNote = item.investmentNote();
        f.included = item.included();
        f.version = item.version();
        return f;
    }
}
