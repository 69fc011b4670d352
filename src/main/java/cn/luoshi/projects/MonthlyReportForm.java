package cn.luoshi.projects;

import java.math.BigDecimal;
import java.time.YearMonth;

/** 月报: the month, its completed investment and the cumulative from January (万元), 形象进度, problems. */
public class MonthlyReportForm {
    public YearMonth month;
    public BigDecimal monthInvestment;
    public BigDecimal cumulative;
    public String progress;
    /** One problem a line, optionally "【征迁腾地】…"; each becomes a ledger problem owned by the lead unit. */
    public String problems;
    /** Not bound (the files come as "photo" parts): carries the photos' error messages on the form. */
    public String photos;
}
