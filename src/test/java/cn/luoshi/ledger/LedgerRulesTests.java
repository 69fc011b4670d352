package cn.luoshi.ledger;

import cn.luoshi.ledger.internal.Milestone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 台账校验规则, without Spring or a database. */
class LedgerRulesTests {

    static final Set<Long> UNITS = Set.of(1L, 2L, 3L);
    static final Set<Long> LEADERS = Set.of(10L);

    static LedgerRules.TaskContext root() {
        return new LedgerRules.TaskContext(null, null, null, UNITS::contains, LEADERS::contains, List.of());
    }

    static TaskForm validTask() {
        TaskForm f = new TaskForm();
        f.kind = TaskKind.TASK;
        f.title = "完成115个老旧小区改造";
        f.targetValue = new BigDecimal("115");
        f.targetUnit = "个";
        f.startDate = LocalDate.of(2026, 2, 15);
        f.deadline = LocalDate.of(2026, 12, 31);
        f.leadUnitId = 1L;
        f.leadLeaderId = 10L;
        f.coUnitIds = List.of(2L);
        return f;
    }

    static Map<String, String> byField(Violations v) {
        return v.list().stream().collect(Collectors.toMap(Violations.Violation::field, Violations.Violation::message,
                (a, b) -> a + "；" + b));
    }

    @Test
    void aCompleteTaskPasses() {
        assertThat(LedgerRules.task(validTask(), root()).isEmpty()).isTrue();
    }

    @Test
    void aDeadlineBeforeTheStartIsRefused() {
        TaskForm f = validTask();
        f.deadline = LocalDate.of(2026, 2, 14);
        assertThat(byField(LedgerRules.task(f, root())).get("deadline"))
                .isEqualTo("完成时限（2026-02-14）不能早于开始日期（2026-02-15）");
    }

    @Test
    void aDeadlineOnTheStartDayIsAllowed() {
        TaskForm f = validTask();
        f.deadline = f.startDate;
        assertThat(LedgerRules.task(f, root()).isEmpty()).isTrue();
    }

    @Test
    void aTaskOrMeasureNeedsADeadlineButAnAreaDoesNot() {
        TaskForm task = validTask();
        task.deadline = null;
        assertThat(byField(LedgerRules.task(task, root()))).containsEntry("deadline", "请填写完成时限");
        TaskForm area = new TaskForm();
        area.kind = TaskKind.AREA;
        area.title = "打造全国文明典范城市";
        assertThat(LedgerRules.task(area, root()).isEmpty()).isTrue();
    }

    @Test
    void aMeasureSitsUnderATaskAndNeverAtTheRoot() {
        TaskForm f = validTask();
        f.kind = TaskKind.MEASURE;
        assertThat(byField(LedgerRules.task(f, root()))).containsEntry("parentId", "「举措」只能位于「任务」之下");
        var underTask = new LedgerRules.TaskContext(TaskKind.TASK, null, LocalDate.of(2026, 12, 31), UNITS::contains,
                LEADERS::contains, List.of());
        assertThat(LedgerRules.task(f, underTask).isEmpty()).isTrue();
    }

    @Test
    void aChildCannotEndAfterItsParent() {
        TaskForm f = validTask();
        f.kind = TaskKind.MEASURE;
        var parent = new LedgerRules.TaskContext(TaskKind.TASK, null, LocalDate.of(2026, 6, 30), UNITS::contains,
                LEADERS::contains, List.of());
        assertThat(byField(LedgerRules.task(f, parent)).get("deadline")).contains("不能晚于上级任务的完成时限（2026-06-30）");
    }

    @Test
    void negativeQuantitiesUnknownUnitsAndNonLeadersAreRefused() {
        TaskForm f = validTask();
        f.targetValue = new BigDecimal("-1");
        f.leadUnitId = 99L;
        f.leadLeaderId = 11L;
        f.coUnitIds = List.of(1L, 98L);
        Map<String, String> m = byField(LedgerRules.task(f, root()));
        assertThat(m.get("targetValue")).isEqualTo("目标数值不能为负数");
        assertThat(m.get("leadUnitId")).isEqualTo("牵头单位不存在");
        assertThat(m.get("leadLeaderId")).isEqualTo("牵头区领导须从区领导名单中选择");
        assertThat(m.get("coUnitIds")).isEqualTo("配合单位中有不存在的单位");
    }

    @Test
    void aTargetValueNeedsItsUnit() {
        TaskForm f = validTask();
        f.targetUnit = " ";
        assertThat(byField(LedgerRules.task(f, root())).get("targetUnit")).contains("请同时填写计量单位");
    }

    @Test
    void theLeadUnitIsNotAlsoACoUnit() {
        TaskForm f = validTask();
        f.coUnitIds = List.of(1L);
        assertThat(byField(LedgerRules.task(f, root()))).containsEntry("coUnitIds", "牵头单位不必再列为配合单位");
    }

    @Test
    void titlesAndTextsHaveLimits() {
        TaskForm f = validTask();
        f.title = "长".repeat(201);
        f.description = "长".repeat(4001);
        Map<String, String> m = byField(LedgerRules.task(f, root()));
        assertThat(m.get("title")).isEqualTo("任务名称不能超过200个字符（当前201个）");
        assertThat(m.get("description")).isEqualTo("任务内容不能超过4000个字符（当前4001个）");
    }

    @Test
    void aDeadlineCannotMoveBeforeAnExistingMilestone() {
        TaskForm f = validTask();
        f.deadline = LocalDate.of(2026, 9, 1);
        var ctx = new LedgerRules.TaskContext(null, null, null, UNITS::contains, LEADERS::contains,
                List.of(new Milestone(1, 1, LocalDate.of(2026, 9, 30), "三季度", new BigDecimal("90"), 0)));
        assertThat(byField(LedgerRules.task(f, ctx)).get("deadline")).contains("已有节点「三季度」日期为2026-09-30");
    }

    // ---- milestones ----------------------------------------------------------------------------------------------

    static Task task(BigDecimal target) {
        return new Task(1, 1, null, TaskKind.TASK, 1, "任务", null, Target.of(target, "个", "小区", "今年"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, 1L, List.of(), null, null,
                TaskStatus.IN_PROGRESS, null, null, null, null, null, List.of(), 0, null);
    }

    static MilestoneForm milestone(String date, String planned) {
        MilestoneForm f = new MilestoneForm();
        f.title = "节点";
        f.dueDate = LocalDate.parse(date);
        f.planned = new BigDecimal(planned);
        return f;
    }

    @Test
    void aMilestoneAfterTheDeadlineIsRefused() {
        var v = LedgerRules.milestone(milestone("2027-01-01", "10"), task(new BigDecimal("115")), List.of());
        assertThat(byField(v).get("dueDate")).isEqualTo("节点日期不能晚于任务完成时限（2026-12-31）");
    }

    @Test
    void aMilestoneOnTheDeadlineIsAllowed() {
        assertThat(LedgerRules.milestone(milestone("2026-12-31", "115"), task(new BigDecimal("115")), List.of())
                .isEmpty()).isTrue();
    }

    @Test
    void milestonesAreCumulativeAndWithinTheTarget() {
        Task t = task(new BigDecimal("115"));
        List<Milestone> existing = List.of(new Milestone(1, 1, LocalDate.of(2026, 6, 30), "上半年", new BigDecimal("50"), 0));
        assertThat(byField(LedgerRules.milestone(milestone("2026-09-30", "40"), t, existing)).get("planned"))
                .contains("不能小于更早节点「上半年」的计划值 50");
        assertThat(byField(LedgerRules.milestone(milestone("2026-03-31", "60"), t, existing)).get("planned"))
                .contains("不能大于更晚节点「上半年」的计划值 50");
        assertThat(byField(LedgerRules.milestone(milestone("2026-09-30", "116"), t, existing)).get("planned"))
                .isEqualTo("计划累计完成值不能超过目标 115个小区（今年）");
        assertThat(LedgerRules.milestone(milestone("2026-09-30", "90"), t, existing).isEmpty()).isTrue();
    }

    @Test
    void withoutATargetMilestonesArePercentagesUpTo100() {
        assertThat(byField(LedgerRules.milestone(milestone("2026-06-30", "100.5"), task(null), List.of())).get("planned"))
                .isEqualTo("计划累计完成值不能超过100%");
    }

    // ---- reports -------------------------------------------------------------------------------------------------

    @Test
    void aReportCannotBeDatedInTheFutureNorExceed100Percent() {
        ReportForm f = new ReportForm();
        f.reportedOn = LocalDate.of(2026, 11, 23);
        f.cumulative = new BigDecimal("101");
        f.narrative = "推进中";
        Map<String, String> m = byField(LedgerRules.report(f, task(null), LocalDate.of(2026, 11, 22)));
        assertThat(m.get("reportedOn")).isEqualTo("报送日期不能晚于今天（2026-11-22）");
        assertThat(m.get("cumulative")).isEqualTo("累计完成百分比不能超过100");
    }

    @Test
    void aQuantityReportMayExceedTheTarget() {
        ReportForm f = new ReportForm();
        f.reportedOn = LocalDate.of(2026, 11, 22);
        f.cumulative = new BigDecimal("120");
        f.narrative = "超额完成";
        assertThat(LedgerRules.report(f, task(new BigDecimal("115")), LocalDate.of(2026, 11, 22)).isEmpty()).isTrue();
    }

    // ---- problems ------------------------------------------------------------------------------------------------

    @Test
    void aProblemNeedsAnOwnerAndASolvedProblemItsResolution() {
        ProblemForm f = new ProblemForm();
        f.description = "资金未到位";
        f.status = ProblemStatus.SOLVED;
        Map<String, String> m = byField(LedgerRules.problem(f, UNITS::contains));
        assertThat(m.get("ownerUnitId")).isEqualTo("请指定问题的责任单位");
        assertThat(m.get("resolution")).isEqualTo("问题已解决时请填写解决情况");
    }
}
