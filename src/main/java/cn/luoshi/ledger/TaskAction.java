package cn.luoshi.ledger;

/** A move in the task workflow, and who makes it. */
enum TaskAction {
    /** 交办: the 督查室 gives the task to a lead unit. */
    ASSIGN("交办", Actor.SUPERVISION_OFFICE),
    /** 签收: the lead unit takes it on. */
    ACCEPT("签收", Actor.LEAD_UNIT),
    /** 退回: the lead unit says it is not theirs, with a reason. */
    RETURN("退回", Actor.LEAD_UNIT),
    /** 申请办结: the lead unit asks for completion with evidence. */
    REQUEST_COMPLETION("申请办结", Actor.LEAD_UNIT),
    /** 办结: the 督查室 approves completion. */
    APPROVE_COMPLETION("审核办结", Actor.SUPERVISION_OFFICE),
    /** 驳回: the 督查室 sends a completion request back. */
    REJECT_COMPLETION("驳回办结", Actor.SUPERVISION_OFFICE),
    /** 终止: the 督查室 stops a task that is no longer wanted. */
    TERMINATE("终止", Actor.SUPERVISION_OFFICE);

    /** Who may make a move. */
    public enum Actor { SUPERVISION_OFFICE, LEAD_UNIT }

    private final String label;
    private final Actor actor;

    TaskAction(String label, Actor actor) {
        this.label = label;
        this.actor = actor;
    }

    public String label() {
        return label;
    }

    public Actor actor() {
        return actor;
    }
}
