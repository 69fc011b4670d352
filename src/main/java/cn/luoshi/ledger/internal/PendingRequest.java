package cn.luoshi.ledger.internal;

import java.time.LocalDate;

/** A request waiting for the 督查室 (待审核): an extension or a completion, with its task for the to-do list. */
public record PendingRequest(Kind kind, long requestId, long taskId, String taskTitle, String leadUnitName,
        LocalDate deadline, LocalDate requestedOn, String requestedBy, LocalDate proposedDeadline) {

    public enum Kind {
        EXTENSION("延期申请"), COMPLETION("办结申请");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
