package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.ConflictException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 整改状态机 and who may make each move, without Spring. */
class RectificationStateMachineTest {

    static final long ZHUJIAN = 6L;
    static final CurrentUser OFFICE = new CurrentUser(1, "duchashi", "孙丽", Role.SUPERVISOR, 3L, "督查室");
    static final CurrentUser OWNER = new CurrentUser(2, "zhujian", "赵刚", Role.UNIT_HEAD, ZHUJIAN, "住建");
    static final CurrentUser OWNER_STAFF = new CurrentUser(7, "zhujian2", "周敏", Role.UNIT_STAFF, ZHUJIAN, "住建");
    static final CurrentUser OTHER_UNIT = new CurrentUser(3, "caizheng", "何静", Role.UNIT_HEAD, 10L, "财政");
    static final CurrentUser LEADER = new CurrentUser(4, "lingdao", "张卫东", Role.LEADER, 2L, "区政府");
    static final CurrentUser VIEWER = new CurrentUser(5, "tongji", "统计", Role.VIEWER, 18L, "统计");

    @Test
    void anItemGoesFromOpenThroughWorkToResultAndIsClosed() {
        RectificationStatus s = RectificationStatus.OPEN;
        s = RectificationStateMachine.next(s, RectificationAction.START);
        assertThat(s).isEqualTo(RectificationStatus.IN_PROGRESS);
        s = RectificationStateMachine.next(s, RectificationAction.UPDATE);
        assertThat(s).isEqualTo(RectificationStatus.IN_PROGRESS);
        s = RectificationStateMachine.next(s, RectificationAction.SUBMIT);
        assertThat(s).isEqualTo(RectificationStatus.RECTIFIED);
        assertThat(RectificationStateMachine.next(s, RectificationAction.RETURN))
                .isEqualTo(RectificationStatus.IN_PROGRESS);
        assertThat(RectificationStateMachine.next(s, RectificationAction.CLOSE)).isEqualTo(RectificationStatus.CLOSED);
    }

    @Test
    void progressOnAnOpenItemStartsItAndTheOfficeMayCloseAVerifiedItemBeforeAnyReport() {
        assertThat(RectificationStateMachine.next(RectificationStatus.OPEN, RectificationAction.UPDATE))
                .isEqualTo(RectificationStatus.IN_PROGRESS);
        assertThat(RectificationStateMachine.allows(RectificationStatus.OPEN, RectificationAction.CLOSE)).isTrue();
        assertThat(RectificationStateMachine.allows(RectificationStatus.IN_PROGRESS, RectificationAction.CLOSE))
                .isTrue();
    }

    @Test
    void aMoveNotAllowedNowIsRefusedInWords() {
        assertThatThrownBy(() -> RectificationStateMachine.next(RectificationStatus.IN_PROGRESS,
                RectificationAction.START))
                .isInstanceOf(ConflictException.class).hasMessage("整改事项当前状态为「整改中」，不能开始整改");
        assertThatThrownBy(() -> RectificationStateMachine.next(RectificationStatus.IN_PROGRESS,
                RectificationAction.RETURN))
                .hasMessage("整改事项当前状态为「整改中」，不能退回重改");
        assertThatThrownBy(() -> RectificationStateMachine.next(RectificationStatus.RECTIFIED,
                RectificationAction.SUBMIT))
                .hasMessage("整改事项当前状态为「已整改待销号」，不能报送整改结果");
    }

    @ParameterizedTest
    @EnumSource(RectificationAction.class)
    void nothingLeavesAClosedItem(RectificationAction action) {
        assertThat(RectificationStateMachine.allows(RectificationStatus.CLOSED, action)).isFalse();
    }

    @Test
    void theOwnerUnitWorksOnItsItemAndNoOneElseDoes() {
        for (RectificationAction a : new RectificationAction[] {RectificationAction.START, RectificationAction.UPDATE,
                RectificationAction.SUBMIT}) {
            assertThat(RectificationStateMachine.mayAct(OWNER, a, ZHUJIAN)).as(a.name()).isTrue();
            assertThat(RectificationStateMachine.mayAct(OWNER_STAFF, a, ZHUJIAN)).as(a.name()).isTrue();
            assertThat(RectificationStateMachine.mayAct(OTHER_UNIT, a, ZHUJIAN)).as(a.name()).isFalse();
            assertThat(RectificationStateMachine.mayAct(OFFICE, a, ZHUJIAN)).as(a.name()).isFalse();
            assertThat(RectificationStateMachine.mayAct(LEADER, a, ZHUJIAN)).as(a.name()).isFalse();
        }
    }

    @Test
    void onlyTheOfficeClosesOrSendsBackAndNotItsOwnItems() {
        for (RectificationAction a : new RectificationAction[] {RectificationAction.CLOSE,
                RectificationAction.RETURN}) {
            assertThat(RectificationStateMachine.mayAct(OFFICE, a, ZHUJIAN)).as(a.name()).isTrue();
            assertThat(RectificationStateMachine.mayAct(OFFICE, a, 3L)).as("own office").isFalse();
            assertThat(RectificationStateMachine.mayAct(OWNER, a, ZHUJIAN)).as(a.name()).isFalse();
            assertThat(RectificationStateMachine.mayAct(LEADER, a, ZHUJIAN)).as(a.name()).isFalse();
            assertThat(RectificationStateMachine.mayAct(VIEWER, a, ZHUJIAN)).as(a.name()).isFalse();
        }
    }

    @Test
    void canCombinesStateAndRole() {
        assertThat(RectificationStateMachine.can(OFFICE, RectificationAction.CLOSE, RectificationStatus.RECTIFIED,
                ZHUJIAN)).isTrue();
        assertThat(RectificationStateMachine.can(OFFICE, RectificationAction.RETURN, RectificationStatus.OPEN,
                ZHUJIAN)).isFalse();
        assertThat(RectificationStateMachine.can(OWNER, RectificationAction.SUBMIT, RectificationStatus.RECTIFIED,
                ZHUJIAN)).isFalse();
    }
}
