package cn.luoshi.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new project as the form or an import row gives it: 总投资 in 亿元, 年度计划 and the monthly plan in 万元 (an empty
 * monthly plan spreads the annual plan evenly from the planned start month).
 */
public class ProjectForm {
    public Integer year;
    public String code;
    public String name;
    public ProjectLevel level;
    public String category;
    public ProjectKind kind;
    public Long leadUnitId;
    public Long leaderId;
    public String owner;
    public String place;
    /** 总投资（亿元）. */
    public BigDecimal totalInvestmentYi;
    /** 年度计划投资（万元）. */
    public BigDecimal annualPlan;
    /** 1–12月计划（万元）; empty: spread evenly. */
    public List<BigDecimal> monthlyPlan = new ArrayList<>();
    public LocalDate plannedStart;
    public LocalDate plannedCompletion;
    public LocalDate startedOn;
    public LocalDate statsOn;
}
