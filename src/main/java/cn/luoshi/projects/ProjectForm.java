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
    /** The project's version when the edit form was opened (409 when it changed meanwhile). */
    public Integer version;

    /** The form filled with a project as stored (edit). */
    public static ProjectForm of(Project p) {
        ProjectForm f = new ProjectForm();
        f.year = p.year();
        f.code = p.code();
        f.name = p.name();
        f.level = p.level();
        f.category = p.category();
        f.kind = p.kind();
        f.leadUnitId = p.leadUnitId();
        f.leaderId = p.leaderId();
        f.owner = p.owner();
        f.place = p.place();
        f.totalInvestmentYi = p.totalInvestmentYi();
        f.annualPlan = p.annualPlan().stripTrailingZeros();
        f.monthlyPlan = new ArrayList<>(p.monthlyPlan().stream().map(BigDecimal::stripTrailingZeros).toList());
        f.plannedStart = p.plannedStart();
        f.plannedCompletion = p.plannedCompletion();
        f.startedOn = p.startedOn();
        f.statsOn = p.statsOn();
        f.version = p.version();
        return f;
    }
}
