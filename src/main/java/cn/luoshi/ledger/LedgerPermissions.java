package cn.luoshi.ledger;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.ledger.internal.Problem;
import cn.luoshi.org.CurrentUser;

/**
 * 操作权限 — who may change what, given that they can already see it. Seeing is decided by the scope query in
 * {@link TaskStore}; these rules decide acting.
 */
public final class LedgerPermissions {

    private LedgerPermissions() {
    }

    /** Directives, tasks and milestones are kept by the 督查室 (and admin). */
    public static boolean mayManage(CurrentUser me) {
        return me.managesLedger();
    }

    /** 签收 / 退回: only the lead unit's own users. */
    public static boolean mayAccept(CurrentUser me, Task task) {
        return me.isUnitUser() && task.isLeadUnit(me.unitId());
    }

    /** 进展报送: the lead unit, or the 督查室 entering it on the unit's behalf. */
    public static boolean mayReport(CurrentUser me, Task task) {
        return (me.isUnitUser() && task.isLeadUnit(me.unitId())) || me.managesLedger();
    }

    /** Problems may be raised by the 督查室, leaders and the units working on the task. */
    public static boolean mayRaiseProblem(CurrentUser me, Task task) {
        return me.managesLedger() || me.isLeader()
                || (me.isUnitUser() && (task.isLeadUnit(me.unitId()) || task.coUnitIds().contains(me.unitId())));
    }

    /** A problem is worked on by its owner unit, the task's lead unit, or the 督查室. */
    public static boolean mayUpdateProblem(CurrentUser me, Task task, Problem problem) {
        return me.managesLedger()
                || (me.isUnitUser() && (me.belongsTo(problem.ownerUnitId()) || task.isLeadUnit(me.unitId())));
    }

    static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new ForbiddenException(message);
        }
    }
}
