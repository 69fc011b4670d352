package cn.luoshi.ledger.internal;

import cn.luoshi.audit.AuditEntry;
import cn.luoshi.ledger.Directive;
import cn.luoshi.ledger.Task;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.util.List;

/** Everything the task page shows, and what the viewer may do there. */
public record TaskDetail(Task task, Directive directive, List<Task> ancestors, List<Task> children, Unit leadUnit,
        List<Unit> coUnits, Person leader, List<Milestone> milestones, List<ProblemView> problems,
        List<ProgressReport> reports, List<AuditEntry> history, Permissions can) {

    /** What the viewer may do on this page; the services check the same rules again on every request. */
    public record Permissions(boolean edit, boolean accept, boolean report, boolean raiseProblem) {
    }

    /** A problem with its owner's names. */
    public record ProblemView(Problem problem, String ownerUnitName, String ownerPersonName, String milestoneTitle,
            boolean canUpdate) {
    }
}
