package cn.luoshi.projects;

import cn.luoshi.projects.rules.InvestmentPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A key project (重点项目) of a year. Amounts in 万元; {@link #totalInvestmentYi} gives 总投资 in 亿元 as lists show it.
 */
public record Project(long id, int year, String code, String name, ProjectLevel level, String category,
        ProjectKind kind, long leadUnitId, String leadUnit, Long leaderId, String leader, String owner, String place,
        BigDecimal totalInvestment, BigDecimal annualPlan, List<BigDecimal> monthlyPlan, LocalDate plannedStart,
        LocalDate plannedCompletion, LocalDate startedOn, LocalDate completedOn, LocalDate statsOn, Long taskId,
        int version) {

    public InvestmentPlan plan() {
        return new InvestmentPlan(monthlyPlan);
    }

    public BigDecimal totalInvestmentYi() {
        return totalInvestment.movePointLeft(4).stripTrailingZeros();
    }
}
