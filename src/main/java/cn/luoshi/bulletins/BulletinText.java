package cn.luoshi.bulletins;

import cn.luoshi.ledger.light.LightPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a bulletin: 总体情况 as a paragraph, 通报口径, the default 下步要求, and the content put together from a
 * {@link BulletinCounts.Tally}. Plain Java.
 */
public final class BulletinText {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private BulletinText() {
    }

    /** The content of a bulletin from its counts. */
    public static BulletinContent compose(BulletinPeriod period, BulletinScope scope, BulletinCounts.Tally tally,
            Map<Long, String> unitNames, LightPolicy policy, String calendarSource) {
        return compose(period, scope, tally, unitNames, policy, calendarSource,
                cn.luoshi.ledger.light.ScheduleStart.START);
    }

    /** With the 序时起算日 in force, which the 口径 states. */
    public static BulletinContent compose(BulletinPeriod period, BulletinScope scope, BulletinCounts.Tally tally,
            Map<Long, String> unitNames, LightPolicy policy, String calendarSource,
            cn.luoshi.ledger.light.ScheduleStart scheduleFrom) {
        Map<Long, String> names = new HashMap<>(unitNames);
        tally.units().forEach(u -> names.putIfAbsent(u.unitId(), u.unitName()));
        List<BulletinContent.RedItem> red = new ArrayList<>();
        for (TaskClass c : tally.red()) {
            if (red.size() == BulletinContent.RED_ITEMS_SHOWN) {
                break;
            }
            red.add(new BulletinContent.RedItem(c.taskId(), c.title(), c.directiveTitle(), names.get(c.leadUnitId()),
                    c.lightReason(), c.deadline(), c.overdueWorkingDays()));
        }
        List<BulletinContent.TerminatedItem> terminated = tally.terminated().stream()
                .sorted(java.util.Comparator.comparing(TaskClass::terminatedOn,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparingLong(TaskClass::taskId))
                .limit(BulletinContent.TERMINATED_SHOWN)
                .map(c -> new BulletinContent.TerminatedItem(c.taskId(), c.title(), names.get(c.leadUnitId()),
                        c.terminatedOn(), c.terminationReason()))
                .toList();
        List<String> commended = tally.units().stream().filter(UnitLine::commended).map(UnitLine::unitName).toList();
        return new BulletinContent(period.from(), period.to(), period.label(), scope.label(), tally.totals(),
                summary(tally.totals(), period, scope), tally.units(), BulletinCounts.RANKING_RULE, commended,
                BulletinCounts.COMMENDATION_RULE, red, tally.red().size(), terminated, countingRules(period, policy, scheduleFrom),
                thresholds(policy), calendarInWords(calendarSource), List.of());
    }

    /** 总体情况 in one paragraph. */
    public static String summary(Totals t, BulletinPeriod period, BulletinScope scope) {
        String where = switch (scope.kind()) {
            case ALL -> "";
            case DIRECTIVE -> scope.label() + "部署的工作中，";
            case TAG -> "“" + scope.label() + "”类工作中，";
        };
        StringBuilder s = new StringBuilder("截至").append(BulletinRules.longDate(period.to())).append("，")
                .append(where);
        if (t.empty()) {
            s.append("没有纳入本期通报的任务（期末前已交办且未在本期之前终止的任务为零），本期无统计数据。");
        } else {
            s.append("纳入本期通报的任务（含举措）共").append(t.total()).append("项，涉及").append(t.units())
                    .append("个牵头单位。已办结").append(t.completed()).append("项（占").append(t.completedShare())
                    .append("），其中本期办结").append(t.completedInPeriod()).append("项；应办结").append(t.due())
                    .append("项，按期办结").append(t.completedOnTime()).append("项，按期办结率").append(t.onTimeRate())
                    .append("。在办").append(t.open()).append("项中，超前序时进度").append(t.ahead())
                    .append("项、符合序时进度").append(t.onSchedule()).append("项、落后序时进度（未逾期）").append(t.behindNotOverdue())
                    .append("项、逾期未办结").append(t.overdue()).append("项");
            if (t.pendingCompletion() > 0) {
                s.append("，办结待审").append(t.pendingCompletion()).append("项");
            }
            s.append("。存在未解决问题的任务").append(t.withProblems()).append("项（问题").append(t.openProblems())
                    .append("个）；本期未按时报送进展").append(t.missedReports()).append("次（涉及")
                    .append(t.tasksMissedReports()).append("项任务）。期末亮红灯").append(t.red()).append("项、黄灯")
                    .append(t.yellow()).append("项。");
        }
        if (t.terminatedInPeriod() > 0) {
            s.append("本期终止任务").append(t.terminatedInPeriod()).append("项，单列，不计入上述统计。");
        }
        return s.toString();
    }

    /** 通报口径 in words. */
    public static List<String> countingRules(BulletinPeriod period, LightPolicy policy) {
        return countingRules(period, policy, cn.luoshi.ledger.light.ScheduleStart.START);
    }

    /** 通报口径 in words, with the 序时起算日 in force. */
    public static List<String> countingRules(BulletinPeriod period, LightPolicy policy,
            cn.luoshi.ledger.light.ScheduleStart scheduleFrom) {
        String from = switch (scheduleFrom) {
            case START -> "开始日期";
            case ASSIGNED -> "开始日期（交办晚于开始日期的，自交办之日）";
            case ACCEPTED -> "开始日期（签收晚于开始日期的，自签收之日；未签收的自交办之日）";
        };
        String yellow = points(policy.yellowLagPoints());
        String red = points(policy.redLagPoints());
        return List.of(
                "统计时点：以统计期最后一天（" + BulletinRules.longDate(period.to()) + "）为准，依据当日结束前已记录的情况"
                        + "（进展报送、办结审核、延期审批、终止、问题解决均以其发生日期为准），按当天的亮灯规则判定；"
                        + "此后补录或修改的情况不影响本期通报，同一统计期重新生成结果不变。",
                "纳入统计：期末前已创建并交办给牵头单位的任务和举措，各计一项；期末未交办或已退回待重新交办的不计入；"
                        + "本期终止的任务单列，不计入各项统计；本期之前已终止的不再统计。已办结数为累计数，本期办结数另列。",
                "已办结：办结申请在期末前审核通过；办结日期为该申请的提出日期。已办结任务不计逾期、不计序时进度。",
                "按期办结：办结日期不晚于现行完成时限（含已批准的延期）。应办结＝已办结＋逾期未办结；"
                        + "按期办结率＝按期办结÷应办结。",
                "逾期未办结：期末未办结，且完成时限早于统计期最后一天（当天到期的为“今日到期”，下期起计逾期）；"
                        + "办结待审的任务仍计在办，并注明申请日期。",
                "序时进度：按工作日从" + from + "到现行完成时限（设有节点的按节点）计算期末应达进度，与期末前最近一次报送的"
                        + "累计进度比较：超过的为超前序时，落后不足" + yellow + "个百分点的为符合序时，落后" + yellow
                        + "个百分点及以上的为落后序时；尚未报送的按0计。在办任务分为超前序时、符合序时、落后序时、逾期未办结"
                        + "四类，互不重复，合计等于在办数：已逾期的只计逾期未办结，不再计入落后序时。",
                "未按时报送：汇报频次规定的报送期限在统计期内届满（期限日的次日在统计期内）、期末前仍无该期报送的，"
                        + "每期计一次；签收前、提出办结申请后不要求报送。",
                "存在问题：期末前提出、期末仍未解决的问题。红灯事项：期末亮红灯的任务，即已逾期、落后序时进度超过" + red
                        + "个百分点或超期未签收等，原因按亮灯规则列示。");
    }

    /**
     * The working-day calendar as a clerk reads it: the State Council's holiday notices (with 调休) and the district's
     * own days — never the data file's English provenance or a web address (issue 12).
     */
    static String calendarInWords(String source) {
        return "按国务院办公厅关于部分节假日安排的通知确定法定节假日和调休上班日，并计入本区工作日历中设定的特殊工作日和休息日";
    }

    /** The light rule's thresholds in words. */
    public static String thresholds(LightPolicy p) {
        return "黄灯：落后序时进度" + points(p.yellowLagPoints()) + "至" + points(p.redLagPoints())
                + "个百分点，或距完成时限不超过" + p.deadlineWarningWorkingDays() + "个工作日，或未按时报送进展"
                + (p.missingReportLight() == cn.luoshi.ledger.light.Light.RED ? "（按红灯）" : "")
                + "；红灯：落后序时进度超过" + points(p.redLagPoints()) + "个百分点，或已逾期，或超期未签收。";
    }

    /**
     * 下步要求 a draft starts with, from what the counts show; the 督查室 ({@code office}, its configured name) edits
     * it before publishing.
     */
    public static String defaultRequirements(Totals t, String office) {
        List<String> lines = new ArrayList<>();
        if (t.overdue() > 0) {
            lines.add("对逾期未办结的" + t.overdue() + "项任务，请牵头单位于5个工作日内书面说明原因，提出整改措施和"
                    + "完成时限，报" + office + "。");
        }
        if (t.behindNotOverdue() > 0) {
            lines.add("对落后序时进度的" + t.behindNotOverdue() + "项任务，请牵头单位和分管区领导加强调度，倒排工期、挂图作战，"
                    + "确保按期完成。");
        }
        if (t.missedReports() > 0) {
            lines.add("请未按时报送进展的单位严格落实汇报频次要求，按时、如实报送工作进展。");
        }
        if (t.withProblems() > 0) {
            lines.add("对存在问题的" + t.withProblems() + "项任务，请问题责任单位抓紧研究解决，需区领导协调的及时提请。");
        }
        lines.add(t.empty() ? "请各单位按照任务分工抓好落实，按时报送工作进展。"
                : office + "将持续跟踪问效，对整改不力、进度滞后的单位按规定再次通报。");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            s.append(i > 0 ? "\n" : "").append(NUMERALS[i]).append("、").append(lines.get(i));
        }
        return s.toString();
    }

    /** 10.00 → "10". */
    static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
