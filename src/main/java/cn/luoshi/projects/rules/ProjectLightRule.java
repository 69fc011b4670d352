package cn.luoshi.projects.rules;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 重点项目亮灯: four dimensions — 开工, 投资（对照序时）, 节点, 入库 — each with its light and its reason in words, judged
 * by a {@link LightRuleSet}; the project's light is the worst of them. Pure: the caller brings the facts.
 */
public final class ProjectLightRule {

    public enum Dimension {
        START("开工"), INVESTMENT("投资"), NODES("节点"), STATS("入库");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An open node that has a deadline. */
    public record OpenNode(String name, LocalDate due) {
    }

    /**
     * What the rule looks at.
     *
     * @param month the month judged for investment (through its end); starts are judged in the month of {@code asOf}
     * @param asOf the day judged (month end for a past month, today for the current one)
     * @param plan the annual plan with its monthly plan; null for a project without one this year
     * @param cumulative completed investment from January through {@code month} (万元); null when not reported
     * @param openApprovalDays standard durations of the approval nodes still open before 开工
     */
    public record Facts(YearMonth month, LocalDate asOf, InvestmentPlan plan, BigDecimal cumulative,
            LocalDate plannedStart, LocalDate startedOn, LocalDate statsOn, List<OpenNode> openNodes,
            List<Integer> openApprovalDays) {
    }

    public record Finding(Dimension dimension, Signal signal, String reason) {
    }

    /**
     * @param scheduleShare 序时进度 (%) through the month; null without a plan
     * @param completionShare 投资完成率 (%): cumulative ÷ annual plan
     */
    public record Verdict(Signal signal, List<Finding> findings, BigDecimal scheduleShare, BigDecimal completionShare,
            PredictedStart.Prediction prediction) {

        public String reason() {
            List<String> r = findings.stream().filter(f -> f.signal().warns()).map(Finding::reason).toList();
            return r.isEmpty() ? "按序时推进" : String.join("；", r);
        }

        public Signal of(Dimension d) {
            return findings.stream().filter(f -> f.dimension() == d).map(Finding::signal).findFirst()
                    .orElse(Signal.GREEN);
        }
    }

    private ProjectLightRule() {
    }

    public static Verdict judge(Facts f, LightRuleSet rules, WorkingDayCalendar cal) {
        List<Finding> out = new ArrayList<>();
        PredictedStart.Prediction prediction = null;
        // 开工
        if (f.startedOn() == null || f.startedOn().isAfter(f.asOf())) {
            YearMonth now = YearMonth.from(f.asOf());
            if (f.plannedStart() != null && !YearMonth.from(f.plannedStart()).isAfter(now)) {
                int nth = (int) (YearMonth.from(f.plannedStart()).until(now, java.time.temporal.ChronoUnit.MONTHS)) + 1;
                String when = "计划" + YearMonth.from(f.plannedStart()).getYear() + "年"
                        + f.plannedStart().getMonthValue() + "月开工，";
                if (nth >= rules.startRedMonths()) {
                    out.add(new Finding(Dimension.START, Signal.RED, when + "已连续" + nth + "个月未开工"));
                } else if (nth >= rules.startYellowMonths()) {
                    out.add(new Finding(Dimension.START, Signal.YELLOW,
                            when + (nth == 1 ? "当月未开工" : "已" + nth + "个月未开工")));
                }
            }
            Optional<PredictedStart.Prediction> p = PredictedStart.of(f.asOf(), f.plannedStart(),
                    f.openApprovalDays(), cal);
            if (p.isPresent() && p.get().lateDays() > 0) {
                prediction = p.get();
                Signal s = prediction.lateDays() > rules.nodeRedDays() ? Signal.RED : Signal.YELLOW;
                out.add(new Finding(Dimension.START, s, prediction.reason()));
            }
        }
        // 投资
        BigDecimal schedule = null;
        BigDecimal done = null;
        if (f.plan() != null && f.plan().annual().signum() > 0) {
            int m = f.month().getMonthValue();
            BigDecimal planned = f.plan().cumulativeThrough(m);
            BigDecimal actual = f.cumulative() == null ? BigDecimal.ZERO : f.cumulative();
            schedule = f.plan().scheduleShare(m);
            done = InvestmentPlan.share(actual, f.plan().annual());
            boolean judged = rules.minAnnualPlan() == null || f.plan().annual().compareTo(rules.minAnnualPlan()) >= 0;
            if (judged && planned.signum() > 0) {
                Finding inv = investment(rules, planned, actual, schedule, done);
                if (inv != null) {
                    out.add(inv);
                }
            }
        }
        // 节点
        for (OpenNode n : f.openNodes()) {
            if (n.due() != null && n.due().isBefore(f.asOf())) {
                int late = cal.workingDaysBetween(n.due(), f.asOf());
                if (late > 0) {
                    Signal s = late > rules.nodeRedDays() ? Signal.RED : Signal.YELLOW;
                    out.add(new Finding(Dimension.NODES, s, "「" + n.name() + "」节点逾期" + late + "个工作日"));
                }
            }
        }
        // 入库
        if (f.startedOn() != null && !f.startedOn().isAfter(f.asOf())
                && (f.statsOn() == null || f.statsOn().isAfter(f.asOf()))) {
            if (f.asOf().isAfter(f.startedOn().plusMonths(rules.statsRedMonths()))) {
                out.add(new Finding(Dimension.STATS, Signal.RED, "开工已超过" + rules.statsRedMonths() + "个月未纳统入库"));
            } else if (!f.asOf().isBefore(f.startedOn().plusMonths(rules.statsYellowMonths()))) {
                out.add(new Finding(Dimension.STATS, Signal.YELLOW, "开工已满" + rules.statsYellowMonths() + "个月未纳统入库"));
            }
        }
        Signal overall = out.stream().map(Finding::signal).reduce(Signal.GREEN, Signal::worst);
        return new Verdict(overall, List.copyOf(out), schedule, done, prediction);
    }

    /** The investment finding, or null when on track. */
    static Finding investment(LightRuleSet r, BigDecimal planned, BigDecimal actual, BigDecimal schedule,
            BigDecimal done) {
        switch (r.measure()) {
            case POINTS_BEHIND -> {
                BigDecimal gap = schedule.subtract(done);
                String why = "投资完成率" + plain(done) + "%，落后序时进度（" + plain(schedule) + "%）" + plain(gap) + "个百分点";
                if (gap.compareTo(r.investRed()) > 0) {
                    return new Finding(Dimension.INVESTMENT, Signal.RED, why);
                }
                if (gap.compareTo(r.investYellow()) >= 0) {
                    return new Finding(Dimension.INVESTMENT, Signal.YELLOW, why);
                }
                return null;
            }
            case SHORTFALL -> {
                BigDecimal shortfall = planned.subtract(actual).multiply(BigDecimal.valueOf(100))
                        .divide(planned, 2, RoundingMode.HALF_UP);
                String why = "完成投资低于序时计划" + plain(shortfall) + "%";
                if (shortfall.compareTo(r.investRed()) > 0) {
                    return new Finding(Dimension.INVESTMENT, Signal.RED, why);
                }
                if (shortfall.compareTo(r.investYellow()) > 0) {
                    return new Finding(Dimension.INVESTMENT, Signal.YELLOW, why);
                }
                return null;
            }
            default -> {
                BigDecimal ratio = actual.multiply(BigDecimal.valueOf(100)).divide(planned, 2, RoundingMode.HALF_UP);
                String why = "完成投资仅为序时计划的" + plain(ratio) + "%";
                if (ratio.compareTo(r.investRed()) < 0) {
                    return new Finding(Dimension.INVESTMENT, Signal.RED, why);
                }
                if (ratio.compareTo(r.investYellow()) < 0) {
                    return new Finding(Dimension.INVESTMENT, Signal.YELLOW, why);
                }
                return null;
            }
        }
    }

    public static String plain(BigDecimal v) {
        return v == null ? "—" : v.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
