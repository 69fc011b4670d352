package cn.luoshi.ledger.internal;

import cn.luoshi.ledger.TaskRow;
import java.util.List;

/** A unit user's home page (我的工作): what waits for acceptance, what is open by deadline, problems they own. */
public record MyWork(List<TaskRow> toAccept, List<TaskRow> open, List<OwnedProblem> problems, long overdue) {

    /** A problem the unit owns, with the task it belongs to. */
    public record OwnedProblem(Problem problem, String taskTitle) {
    }
}
