package cn.luoshi.ledger;

import static cn.luoshi.ledger.TaskStatus.*;

import cn.luoshi.common.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 任务状态机 — the allowed moves of a task. An illegal move is an error in words, never a silent no-op.
 */
final class TaskStateMachine {

    private static final Map<TaskAction, Set<TaskStatus>> FROM = Map.of(
            TaskAction.ASSIGN, EnumSet.of(UNASSIGNED, RETURNED),
            TaskAction.ACCEPT, EnumSet.of(ASSIGNED),
            TaskAction.RETURN, EnumSet.of(ASSIGNED),
            TaskAction.REQUEST_COMPLETION, EnumSet.of(IN_PROGRESS),
            TaskAction.APPROVE_COMPLETION, EnumSet.of(COMPLETION_REQUESTED),
            TaskAction.REJECT_COMPLETION, EnumSet.of(COMPLETION_REQUESTED),
            TaskAction.TERMINATE, EnumSet.of(UNASSIGNED, ASSIGNED, IN_PROGRESS, RETURNED, COMPLETION_REQUESTED));

    private TaskStateMachine() {
    }

    public static boolean allows(TaskStatus from, TaskAction action) {
        return FROM.get(action).contains(from);
    }

    /** The state after {@code action}, or a {@link ConflictException} saying why the move is not allowed now. */
    public static TaskStatus next(TaskStatus from, TaskAction action) {
        if (!allows(from, action)) {
            throw new ConflictException("任务当前状态为「" + from.label() + "」，不能" + action.label());
        }
        return switch (action) {
            case ASSIGN -> ASSIGNED;
            case ACCEPT -> IN_PROGRESS;
            case RETURN -> RETURNED;
            case REQUEST_COMPLETION -> COMPLETION_REQUESTED;
            case APPROVE_COMPLETION -> COMPLETED;
            case REJECT_COMPLETION -> IN_PROGRESS;
            case TERMINATE -> TERMINATED;
        };
    }
}
