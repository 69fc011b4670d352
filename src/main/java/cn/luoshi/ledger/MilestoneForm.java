package cn.luoshi.ledger;

import cn.luoshi.ledger.internal.Milestone;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Form data for a milestone (节点): date, title, planned cumulative quantity or percentage. */
public class MilestoneForm {
    public LocalDate dueDate;
    public String title;
    public BigDecimal planned;
    public Integer version;

    public static MilestoneForm of(Milestone m) {
        MilestoneForm f = new MilestoneForm();
        f.dueDate = m.dueDate();
        f.title = m.title();
        f.planned = m.planned();
        f.version = m.version();
        return f;
    }
}
