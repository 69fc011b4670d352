package cn.luoshi.ledger;

/**
 * Workflow settings every module reads the same way ({@code luoshi.workflow.*}): 签收时限 — the working days a unit has
 * to sign for work given to it before it counts as 超期未签收 (lights, reminders, bulletins, 整改 items).
 *
 * @param acceptanceWorkingDays working days after 交办 allowed for 签收 (default 1)
 * @param scheduleFrom          序时起算日 ({@code luoshi.lights.schedule-from}: START, ASSIGNED — the default — or ACCEPTED)
 */
public record WorkflowSettings(int acceptanceWorkingDays, cn.luoshi.ledger.light.ScheduleStart scheduleFrom) {

    public WorkflowSettings {
        if (acceptanceWorkingDays < 0) {
            throw new IllegalArgumentException("luoshi.workflow.acceptance-working-days 不能为负数");
        }
        java.util.Objects.requireNonNull(scheduleFrom, "scheduleFrom");
    }

    /** 序时进度 from the start date alone (tests and callers that predate issue 12). */
    public WorkflowSettings(int acceptanceWorkingDays) {
        this(acceptanceWorkingDays, cn.luoshi.ledger.light.ScheduleStart.START);
    }
}
