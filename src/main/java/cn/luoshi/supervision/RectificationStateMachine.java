package cn.luoshi.supervision;

import cn.luoshi.common.ConflictException;
import cn.luoshi.org.CurrentUser;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 整改状态机 — the allowed moves of a 整改事项 and who may make them.
 *
 * <pre>
 * 待整改 ─开始整改/更新进展─► 整改中 ─报送整改结果─► 已整改待销号 ─销号─► 已销号
 *    │                         ▲   │                     │
 *    └──────报送整改结果────────┼───┘◄────退回重改─────────┘
 *    待整改/整改中 ─销号（督查室核实，须有佐证）─► 已销号
 * </pre>
 *
 * The owner unit (its own users) starts, updates and submits; the 督查室 sends back and closes, never on an item its
 * own office owns. Nothing leaves 已销号.
 */
public final class RectificationStateMachine {

    private static final Map<RectificationAction, Set<RectificationStatus>> FROM = Map.of(
            RectificationAction.START, EnumSet.of(RectificationStatus.OPEN),
            RectificationAction.UPDATE, EnumSet.of(RectificationStatus.OPEN, RectificationStatus.IN_PROGRESS),
            RectificationAction.SUBMIT, EnumSet.of(RectificationStatus.OPEN, RectificationStatus.IN_PROGRESS),
            RectificationAction.RETURN, EnumSet.of(RectificationStatus.RECTIFIED),
            RectificationAction.CLOSE, EnumSet.of(RectificationStatus.OPEN, RectificationStatus.IN_PROGRESS,
                    RectificationStatus.RECTIFIED));

    private RectificationStateMachine() {
    }

    public static boolean allows(RectificationStatus from, RectificationAction action) {
        return FROM.get(action).contains(from);
    }

    /** The status after {@code action}; a move not allowed now is a 409 in words. */
    public static RectificationStatus next(RectificationStatus from, RectificationAction action) {
        if (!allows(from, action)) {
            throw new ConflictException("整改事项当前状态为「" + from.label() + "」，不能" + action.label());
        }
        return switch (action) {
            case START, UPDATE, RETURN -> RectificationStatus.IN_PROGRESS;
            case SUBMIT -> RectificationStatus.RECTIFIED;
            case CLOSE -> RectificationStatus.CLOSED;
        };
    }

    /** Whether {@code me} may make {@code action} on an item owned by {@code ownerUnitId} (seeing it is assumed). */
    public static boolean mayAct(CurrentUser me, RectificationAction action, long ownerUnitId) {
        if (action.byOwnerUnit()) {
            return me.isUnitUser() && me.belongsTo(ownerUnitId);
        }
        return me.managesLedger() && !me.belongsTo(ownerUnitId);
    }

    /** Whether {@code me} may make {@code action} now. */
    public static boolean can(CurrentUser me, RectificationAction action, RectificationStatus status,
            long ownerUnitId) {
        return allows(status, action) && mayAct(me, action, ownerUnitId);
    }
}
