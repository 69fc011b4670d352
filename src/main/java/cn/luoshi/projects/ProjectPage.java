package cn.luoshi.projects;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Everything the project page shows. {@code cumulative}: per month (1–12), null where not reported. */
public record ProjectPage(Project project, List<ProjectNode> nodes, List<MonthlyReport> reports,
        List<MonthLight> lights, MonthLight current, List<BigDecimal> plannedCumulative, List<BigDecimal> cumulative,
        YearMonth judgedMonth, boolean mayReport, boolean mayManage) {
}
