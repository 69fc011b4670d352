package cn.luoshi.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input of projects and 月报, in Chinese, without Spring. */
class ProjectInputRulesTests {

    static List<String> messages(Violations v) {
        return v.list().stream().map(Violations.Violation::message).toList();
    }

    ProjectForm valid() {
        ProjectForm f = new ProjectForm();
        f.name = "江都路改造工程";
        f.level = ProjectLevel.DISTRICT;
        f.kind = ProjectKind.CONTINUED;
        f.category = "城建交通";
        f.leadUnitId = 1L;
        f.totalInvestmentYi = new BigDecimal("2.4");
        f.annualPlan = new BigDecimal("9000");
        return f;
    }

    @Test
    void aValidProjectPasses() {
        assertThat(ProjectRules.project(valid()).isEmpty()).isTrue();
    }

    @Test
    void aTotalTypedInWanYuanWhereYiYuanIsExpectedIsCaught() {
        ProjectForm f = valid();
        f.totalInvestmentYi = new BigDecimal("24000");
        assertThat(messages(ProjectRules.project(f)))
                .containsExactly("总投资以亿元填写，24000亿元超过1万亿元，疑似按万元填写（24000万元＝2.4亿元）");
        f.totalInvestmentYi = new BigDecimal("0.5");
        assertThat(messages(ProjectRules.project(f))).singleElement().asString()
                .startsWith("年度计划投资（9000万元）大于总投资（0.5亿元）");
    }

    @Test
    void aProjectWithoutLeadUnitOrWithAMonthlyPlanThatDoesNotAddUpIsRefused() {
        ProjectForm f = valid();
        f.leadUnitId = null;
        f.monthlyPlan = java.util.Collections.nCopies(12, new BigDecimal("700"));
        assertThat(messages(ProjectRules.project(f))).containsExactly("缺少责任单位：每个项目都要有牵头的责任单位",
                "1—12月计划合计8400万元，与年度计划投资9000万元不一致");
    }

    MonthlyReportForm report(String month, String monthInv, String cumulative) {
        MonthlyReportForm f = new MonthlyReportForm();
        f.month = YearMonth.parse(month);
        f.monthInvestment = monthInv == null ? null : new BigDecimal(monthInv);
        f.cumulative = cumulative == null ? null : new BigDecimal(cumulative);
        return f;
    }

    @Test
    void aReportMayNotFallBeforeThePreviousCumulativeNorBeForAFutureMonthNorExceedTheTotal() {
        YearMonth now = YearMonth.of(2026, 12);
        BigDecimal total = new BigDecimal("24000");
        assertThat(ProjectRules.report(report("2026-11", "500", "4500"), now, 2026, new BigDecimal("4000"), null, total)
                .isEmpty()).isTrue();
        assertThat(messages(ProjectRules.report(report("2026-11", null, "3900"), now, 2026, new BigDecimal("4000"),
                null, total))).containsExactly("本年累计完成投资（3900万元）低于上月累计（4000万元）：累计数不能减少");
        assertThat(messages(ProjectRules.report(report("2027-01", "10", null), now, 2026, BigDecimal.ZERO, null,
                total))).contains("不能填报未来月份（2027年1月）：本月是2026年12月");
        assertThat(messages(ProjectRules.report(report("2026-11", null, "24001"), now, 2026, BigDecimal.ZERO, null,
                total))).containsExactly("累计完成投资（24001万元）超过项目总投资（2.4亿元）");
        assertThat(messages(ProjectRules.report(report("2026-11", "100", "4500"), now, 2026, new BigDecimal("4000"),
                null, total))).containsExactly("本年累计（4500万元）应等于上月累计4000万元加本月完成100万元");
        assertThat(messages(ProjectRules.report(report("2026-10", null, "5000"), now, 2026, new BigDecimal("4000"),
                new BigDecimal("4800"), total))).containsExactly("本年累计完成投资（5000万元）高于下月已报的累计（4800万元）");
    }

    @Test
    void aNodeAfterThePlannedCompletionIsRefusedExceptOperation() {
        LocalDate done = LocalDate.of(2026, 12, 25);
        assertThat(messages(ProjectRules.node("主体完工", LocalDate.of(2027, 1, 5), null, done, LocalDate.of(2026, 12, 7))))
                .containsExactly("节点「主体完工」日期（2027-01-05）晚于项目计划竣工日期（2026-12-25）");
        assertThat(ProjectRules.node("投产/运营", LocalDate.of(2027, 1, 5), null, done, LocalDate.of(2026, 12, 7))
                .isEmpty()).isTrue();
    }

    @Test
    void aFindingReasonIsClippedToWhatTheLedgerKeeps() {
        assertThat(ProjectLights.clip("短")).isEqualTo("短");
        String clipped = ProjectLights.clip("长".repeat(400));
        assertThat(clipped).hasSize(ProjectLights.REASON_MAX).endsWith("…");
    }
}
