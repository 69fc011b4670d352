package cn.luoshi.supervision;

import java.math.BigDecimal;

/** 整改进展: the owner unit's cumulative percent and what was done. */
public class ProgressForm {
    public BigDecimal progressPercent;
    public String note;
    public Integer version;
}
