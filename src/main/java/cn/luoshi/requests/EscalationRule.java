package cn.luoshi.requests;

import java.util.Optional;

/**
 * 提级督办的条件 (问题工单): a request reopened (重办) {@code reopenThreshold} times, or passed through
 * {@code unitThreshold} units none of which accepted it (退单/推诿), goes to the 督查室 as a ledger task. The issue
 * text fixes both at 3; they are data so a district can set its own.
 */
public record EscalationRule(int reopenThreshold, int unitThreshold) {

    /** 3 次重办 / 3 个单位均未签收 (issue 15). */
    public static final EscalationRule DEFAULT = new EscalationRule(3, 3);

    public EscalationRule {
        if (reopenThreshold < 1 || unitThreshold < 2) {
            throw new IllegalArgumentException("escalation thresholds too small");
        }
    }

    /**
     * The reason to escalate, if any.
     *
     * @param reopenCount  times the request was reopened (重办次数)
     * @param unitsPassed  distinct units it was dispatched to
     * @param anyAccepted  whether any unit has signed for it (签收)
     */
    public Optional<String> reason(int reopenCount, int unitsPassed, boolean anyAccepted) {
        if (reopenCount >= reopenThreshold) {
            return Optional.of("重办" + reopenCount + "次仍未解决（达到" + reopenThreshold + "次）");
        }
        if (!anyAccepted && unitsPassed >= unitThreshold) {
            return Optional.of("先后派往" + unitsPassed + "个单位均未签收（达到" + unitThreshold + "个）");
        }
        return Optional.empty();
    }
}
