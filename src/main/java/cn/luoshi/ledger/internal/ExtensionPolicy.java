package cn.luoshi.ledger.internal;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * 延期审批规则 — whether a 延期申请 the 督查室 approves must also be approved by the task's 牵头区领导. A district sets
 * it (admin page 流程设置): never (the 督查室 decides alone), always, or when the extension adds more than a number of
 * working days to the deadline. A task without a 牵头区领导 who has an account is decided by the 督查室 alone.
 */
public record ExtensionPolicy(LeaderApproval leaderApproval, int thresholdWorkingDays, int version) {

    public static final int THRESHOLD_MIN = 1;
    public static final int THRESHOLD_MAX = 250;

    /** When the leader is asked too. */
    public enum LeaderApproval {
        NONE("督查室审核即生效"),
        ALL("所有延期均报牵头区领导审批"),
        LONGER_THAN("延期超过规定工作日数的报牵头区领导审批");

        private final String label;

        LeaderApproval(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static ExtensionPolicy none() {
        return new ExtensionPolicy(LeaderApproval.NONE, 20, 0);
    }

    /** Whether moving the deadline from {@code current} to {@code proposed} needs the leader's approval. */
    public boolean needsLeader(LocalDate current, LocalDate proposed, WorkingDayCalendar calendar) {
        return switch (leaderApproval) {
            case NONE -> false;
            case ALL -> true;
            case LONGER_THAN -> calendar.workingDaysBetween(current, proposed) > thresholdWorkingDays;
        };
    }

    /** In words, for the task page and the settings page. */
    public String describe() {
        return leaderApproval == LeaderApproval.LONGER_THAN
                ? "延期超过" + thresholdWorkingDays + "个工作日的，督查室同意后报牵头区领导审批"
                : leaderApproval.label();
    }
}
