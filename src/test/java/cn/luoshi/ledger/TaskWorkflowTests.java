package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.ConflictException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 任务状态机 and who may act, without Spring. */
class TaskWorkflowTests {

    @Test
    void aTaskGoesFromAssignmentThroughAcceptanceToCompletion() {
        TaskStatus s = TaskStatus.UNASSIGNED;
        s = TaskStateMachine.next(s, TaskAction.ASSIGN);
        assertThat(s).isEqualTo(TaskStatus.ASSIGNED);
        s = TaskStateMachine.next(s, TaskAction.ACCEPT);
        assertThat(s).isEqualTo(TaskStatus.IN_PROGRESS);
        s = TaskStateMachine.next(s, TaskAction.REQUEST_COMPLETION);
        assertThat(s).isEqualTo(TaskStatus.COMPLETION_REQUESTED);
        assertThat(TaskStateMachine.next(s, TaskAction.REJECT_COMPLETION)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStateMachine.next(s, TaskAction.APPROVE_COMPLETION)).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void aReturnedTaskIsReassigned() {
        TaskStatus s = TaskStateMachine.next(TaskStatus.ASSIGNED, TaskAction.RETURN);
        assertThat(s).isEqualTo(TaskStatus.RETURNED);
        assertThat(TaskStateMachine.next(s, TaskAction.ASSIGN)).isEqualTo(TaskStatus.ASSIGNED);
    }

    @Test
    void anIllegalMoveIsAnErrorInWordsNotASilentNoOp() {
        assertThatThrownBy(() -> TaskStateMachine.next(TaskStatus.COMPLETED, TaskAction.ACCEPT))
                .isInstanceOf(ConflictException.class).hasMessage("任务当前状态为「已办结」，不能签收");
        assertThatThrownBy(() -> TaskStateMachine.next(TaskStatus.IN_PROGRESS, TaskAction.APPROVE_COMPLETION))
                .hasMessage("任务当前状态为「办理中」，不能审核办结");
    }

    @ParameterizedTest
    @EnumSource(TaskAction.class)
    void nothingLeavesAClosedTask(TaskAction action) {
        assertThat(TaskStateMachine.allows(TaskStatus.COMPLETED, action)).isFalse();
        assertThat(TaskStateMachine.allows(TaskStatus.TERMINATED, action)).isFalse();
    }

    static final CurrentUser SUPERVISOR = new CurrentUser(1, "duchashi", "孙丽", Role.SUPERVISOR, 3L, "督查室");
    static final CurrentUser LEAD = new CurrentUser(2, "zhujian", "赵刚", Role.UNIT_HEAD, 6L, "住建");
    static final CurrentUser CO = new CurrentUser(3, "caizheng", "何静", Role.UNIT_HEAD, 10L, "财政");
    static final CurrentUser LEADER = new CurrentUser(4, "lingdao", "张卫东", Role.LEADER, 2L, "区政府");
    static final CurrentUser VIEWER = new CurrentUser(5, "tongji", "统计", Role.VIEWER, 18L, "统计");

    static Task task() {
        return new Task(1, 1, null, TaskKind.TASK, 1, "任务", null, Target.of(new BigDecimal("10"), "个", null, null),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, 6L, List.of(10L), null, null,
                TaskStatus.ASSIGNED, null, null, null, null, null, List.of(), 0, null);
    }

    @Test
    void onlyTheLeadUnitAccepts() {
        assertThat(LedgerPermissions.mayAccept(LEAD, task())).isTrue();
        assertThat(LedgerPermissions.mayAccept(SUPERVISOR, task())).isFalse();
        assertThat(LedgerPermissions.mayAccept(CO, task())).isFalse();
    }

    @Test
    void coUnitsAndLeadersRaiseProblemsButViewersDoNot() {
        assertThat(LedgerPermissions.mayRaiseProblem(CO, task())).isTrue();
        assertThat(LedgerPermissions.mayRaiseProblem(LEADER, task())).isTrue();
        assertThat(LedgerPermissions.mayRaiseProblem(VIEWER, task())).isFalse();
    }

    @Test
    void progressIsMeasuredInTheTargetsQuantityOrInPercent() {
        assertThat(task().toPercent(new BigDecimal("4"))).isEqualByComparingTo("40");
        assertThat(task().progressUnit()).isEqualTo("个");
        Task noTarget = new Task(1, 1, null, TaskKind.TASK, 1, "任务", null, null, null, LocalDate.of(2026, 12, 31),
                null, 6L, List.of(), null, null, TaskStatus.IN_PROGRESS, null, null, null, null, null, List.of(), 0, null);
        assertThat(noTarget.toPercent(new BigDecimal("35"))).isEqualByComparingTo("35");
        assertThat(noTarget.progressUnit()).isEqualTo("%");
    }

    @Test
    void aTargetDescribesItselfAsAClerkWouldWriteIt() {
        assertThat(new Target(new BigDecimal("115.000"), "个", "老旧小区改造", "今年").describe())
                .isEqualTo("115个老旧小区改造（今年）");
    }
}
