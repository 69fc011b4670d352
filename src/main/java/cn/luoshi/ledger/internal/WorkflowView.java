package cn.luoshi.ledger.internal;

import cn.luoshi.ledger.ExtensionRequest;
import cn.luoshi.ledger.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The workflow side of a task, for its page and the API: the trail of 退回, the original deadline, the requests, the
 * instructions, and which moves the viewer may make now (the service checks them again on every request).
 */
public record WorkflowView(long taskId, int version, TaskStatus status, Instant assignedAt,
        LocalDate deadline, LocalDate originalDeadline, String returnReason, String returnedBy, Instant returnedAt,
        LocalDate completedOn, Boolean completedOnTime, String terminationReason,
        List<ExtensionRequest> extensions, List<CompletionRequest> completions, List<Instruction> instructions,
        Moves can) {

    /** The extension request still waiting for the 督查室 or the leader, if any. */
    public ExtensionRequest pendingExtension() {
        return extensions.stream().filter(e -> e.status().isOpen()).findFirst().orElse(null);
    }

    /** The pending completion request, if any. */
    public CompletionRequest pendingCompletion() {
        return completions.stream().filter(e -> e.status() == ReviewStatus.PENDING).findFirst().orElse(null);
    }

    /** Moves the viewer may make in the task's current state. */
    public record Moves(boolean returnTask, boolean reassign, boolean requestExtension, boolean decideExtension,
            boolean requestCompletion, boolean decideCompletion, boolean terminate, boolean instruct, boolean reply) {
    }
}
