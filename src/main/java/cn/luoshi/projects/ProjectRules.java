package cn.luoshi.projects;

import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 重点项目 input rules (plain Java): a project needs a name, level, kind, category, 责任单位 and its investments in the
 * right units; a 月报 may not be for a future month, may not fall below the previous cumulative, nor exceed the total
 * investment; a node may not be due after the planned completion.
 */
public final class ProjectRules {

    /** 总投资 above this many 亿元 is taken for a figure typed in 万元. */
    public static final BigDecimal MAX_TOTAL_YI = new BigDecimal("10000");

    private ProjectRules() {
    }

    public static Violations project(ProjectForm f) {
        Violations v = new Violations();
        v.requireText(f.name, "name", "项目名称", 100);
        v.check(f.level != null, "level", "请选择项目层级（省重点/市重点/区重点）");
        v.check(f.kind != null, "kind", "请选择项目类别（新开工/续建/竣工/谋划/前期）");
        v.requireText(f.category, "category", "行业类别", 30);
        v.check(f.leadUnitId != null, "leadUnitId", "缺少责任单位：每个项目都要有牵头的责任单位");
        v.optionalText(f.owner, "owner", "业主单位", 100);
        v.optionalText(f.place, "place", "建设地点", 100);
        v.optionalText(f.code, "code", "项目编号", 40);
        if (f.totalInvestmentYi == null) {
            v.add("totalInvestmentYi", "请填写总投资（亿元）");
        } else if (f.totalInvestmentYi.signum() < 0) {
            v.add("totalInvestmentYi", "总投资不能为负数");
        } else if (f.totalInvestmentYi.compareTo(MAX_TOTAL_YI) > 0) {
            v.add("totalInvestmentYi", "总投资以亿元填写，" + plain(f.totalInvestmentYi)
                    + "亿元超过1万亿元，疑似按万元填写（" + plain(f.totalInvestmentYi) + "万元＝"
                    + plain(f.totalInvestmentYi.movePointLeft(4)) + "亿元）");
        }
        if (f.annualPlan == null) {
            v.add("annualPlan", "请填写年度计划投资（万元）");
        } else if (f.annualPlan.signum() < 0) {
            v.add("annualPlan", "年度计划投资不能为负数");
        } else if (f.totalInvestmentYi != null && f.totalInvestmentYi.signum() > 0
                && f.totalInvestmentYi.compareTo(MAX_TOTAL_YI) <= 0
                && f.annualPlan.compareTo(f.totalInvestmentYi.movePointRight(4)) > 0) {
            v.add("annualPlan", "年度计划投资（" + plain(f.annualPlan) + "万元）大于总投资（"
                    + plain(f.totalInvestmentYi) + "亿元）：年度计划以万元填写、总投资以亿元填写，请检查单位");
        }
        if (f.monthlyPlan != null && !f.monthlyPlan.isEmpty()) {
            if (f.monthlyPlan.size() != 12) {
                v.add("monthlyPlan", "月度计划须为1—12月共12个数");
            } else if (f.annualPlan != null) {
                BigDecimal sum = f.monthlyPlan.stream().map(b -> b == null ? BigDecimal.ZERO : b)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (f.monthlyPlan.stream().anyMatch(b -> b != null && b.signum() < 0)) {
                    v.add("monthlyPlan", "月度计划不能为负数");
                } else if (sum.compareTo(f.annualPlan) != 0) {
                    v.add("monthlyPlan", "1—12月计划合计" + plain(sum) + "万元，与年度计划投资" + plain(f.annualPlan)
                            + "万元不一致");
                }
            }
        }
        if (f.plannedStart != null && f.plannedCompletion != null && f.plannedCompletion.isBefore(f.plannedStart)) {
            v.add("plannedCompletion", "计划竣工日期（" + f.plannedCompletion + "）早于计划开工日期（" + f.plannedStart + "）");
        }
        if (f.kind == ProjectKind.NEW && f.plannedStart == null) {
            v.add("plannedStart", "新开工项目请填写计划开工日期");
        }
        return v;
    }

    /** A 月报 for {@code month}: {@code previous} the cumulative of the month before (0 in January). */
    public static Violations report(MonthlyReportForm f, YearMonth current, int year, BigDecimal previous,
            BigDecimal next, BigDecimal totalInvestment) {
        Violations v = new Violations();
        if (f.month == null) {
            v.add("month", "请选择填报月份");
            return v;
        }
        if (f.month.isAfter(current)) {
            v.add("month", "不能填报未来月份（" + label(f.month) + "）：本月是" + label(current));
        }
        if (f.month.getYear() != year) {
            v.add("month", "该项目是" + year + "年重点项目，只能填报" + year + "年的月份");
        }
        if (f.cumulative == null && f.monthInvestment == null) {
            v.add("cumulative", "请填写本月完成投资或本年累计完成投资（万元）");
            return v;
        }
        BigDecimal cumulative = f.cumulative != null ? f.cumulative : previous.add(f.monthInvestment);
        if (f.monthInvestment != null && f.monthInvestment.signum() < 0) {
            v.add("monthInvestment", "本月完成投资不能为负数");
        }
        if (f.cumulative != null && f.monthInvestment != null
                && previous.add(f.monthInvestment).compareTo(f.cumulative) != 0) {
            v.add("cumulative", "本年累计（" + plain(f.cumulative) + "万元）应等于上月累计" + plain(previous)
                    + "万元加本月完成" + plain(f.monthInvestment) + "万元");
        }
        if (cumulative.compareTo(previous) < 0) {
            v.add("cumulative", "本年累计完成投资（" + plain(cumulative) + "万元）低于上月累计（" + plain(previous)
                    + "万元）：累计数不能减少");
        }
        if (next != null && cumulative.compareTo(next) > 0) {
            v.add("cumulative", "本年累计完成投资（" + plain(cumulative) + "万元）高于下月已报的累计（" + plain(next)
                    + "万元）");
        }
        if (totalInvestment != null && cumulative.compareTo(totalInvestment) > 0) {
            v.add("cumulative", "累计完成投资（" + plain(cumulative) + "万元）超过项目总投资（"
                    + plain(totalInvestment.movePointLeft(4)) + "亿元）");
        }
        v.optionalText(f.progress, "progress", "形象进度", 2000);
        v.optionalText(f.problems, "problems", "存在问题", 2000);
        return v;
    }

    /** A node's deadline or done date may not be after the planned completion. */
    public static Violations node(String name, LocalDate due, LocalDate done, LocalDate plannedCompletion,
            LocalDate today) {
        Violations v = new Violations();
        if (plannedCompletion != null && due != null && due.isAfter(plannedCompletion) && !name.contains("投产")
                && !name.contains("运营")) {
            v.add("dueDate", "节点「" + name + "」日期（" + due + "）晚于项目计划竣工日期（" + plannedCompletion + "）");
        }
        if (done != null && done.isAfter(today)) {
            v.add("doneOn", "完成日期（" + done + "）不能晚于今天");
        }
        return v;
    }

    static String label(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
