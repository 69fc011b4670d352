package cn.luoshi.supervision;

import cn.luoshi.common.ConflictException;
import cn.luoshi.org.CurrentUser;

/**
 * 督办单状态机 — 待办复 ─办复─► 已反馈待审核 ─确认办复─► 已办复; 已反馈待审核 ─退回重办─► 待办复; 待办复/已反馈待审核
 * ─撤销─► 已撤销. The 承办单位's users respond; the 督查室 issues, confirms, sends back and withdraws.
 */
public final class OrderStateMachine {

    private OrderStateMachine() {
    }

    public static boolean allows(OrderStatus from, OrderAction action) {
        return switch (action) {
            case RESPOND -> from == OrderStatus.ISSUED;
            case CLOSE, RETURN -> from == OrderStatus.RESPONDED;
            case WITHDRAW -> from.isOpen();
        };
    }

    public static OrderStatus next(OrderStatus from, OrderAction action) {
        if (!allows(from, action)) {
            throw new ConflictException("督办单当前状态为「" + from.label() + "」，不能" + action.label());
        }
        return switch (action) {
            case RESPOND -> OrderStatus.RESPONDED;
            case CLOSE -> OrderStatus.CLOSED;
            case RETURN -> OrderStatus.ISSUED;
            case WITHDRAW -> OrderStatus.WITHDRAWN;
        };
    }

    /** Issuing is the 督查室's. */
    public static boolean mayIssue(CurrentUser me) {
        return me.managesLedger();
    }

    /** Who may make {@code action} on an order to {@code unitId} (seeing it is assumed). */
    public static boolean mayAct(CurrentUser me, OrderAction action, long unitId) {
        if (action == OrderAction.RESPOND) {
            return me.isUnitUser() && me.belongsTo(unitId);
        }
        return me.managesLedger() && !me.belongsTo(unitId);
    }

    public static boolean can(CurrentUser me, OrderAction action, OrderStatus status, long unitId) {
        return allows(status, action) && mayAct(me, action, unitId);
    }
}
