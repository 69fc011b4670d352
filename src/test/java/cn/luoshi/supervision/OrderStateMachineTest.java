package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 督办单状态机 and who may make each move. */
class OrderStateMachineTest {

    static final long ZHUJIAN = RectificationStateMachineTest.ZHUJIAN;

    @Test
    void anOrderIsAnsweredThenConfirmedOrSentBack() {
        OrderStatus s = OrderStateMachine.next(OrderStatus.ISSUED, OrderAction.RESPOND);
        assertThat(s).isEqualTo(OrderStatus.RESPONDED);
        assertThat(OrderStateMachine.next(s, OrderAction.RETURN)).isEqualTo(OrderStatus.ISSUED);
        assertThat(OrderStateMachine.next(s, OrderAction.CLOSE)).isEqualTo(OrderStatus.CLOSED);
        assertThat(OrderStateMachine.next(OrderStatus.ISSUED, OrderAction.WITHDRAW)).isEqualTo(OrderStatus.WITHDRAWN);
        assertThat(OrderStateMachine.next(OrderStatus.RESPONDED, OrderAction.WITHDRAW))
                .isEqualTo(OrderStatus.WITHDRAWN);
    }

    @Test
    void anOrderCannotBeConfirmedBeforeTheUnitAnswers() {
        assertThatThrownBy(() -> OrderStateMachine.next(OrderStatus.ISSUED, OrderAction.CLOSE))
                .isInstanceOf(ConflictException.class).hasMessage("督办单当前状态为「待办复」，不能确认办复");
        assertThatThrownBy(() -> OrderStateMachine.next(OrderStatus.RESPONDED, OrderAction.RESPOND))
                .hasMessage("督办单当前状态为「已反馈待审核」，不能办复");
    }

    @ParameterizedTest
    @EnumSource(OrderAction.class)
    void nothingLeavesAClosedOrWithdrawnOrder(OrderAction action) {
        assertThat(OrderStateMachine.allows(OrderStatus.CLOSED, action)).isFalse();
        assertThat(OrderStateMachine.allows(OrderStatus.WITHDRAWN, action)).isFalse();
    }

    @Test
    void theUnitAnswersAndTheOfficeDecides() {
        assertThat(OrderStateMachine.mayAct(RectificationStateMachineTest.OWNER, OrderAction.RESPOND, ZHUJIAN)).isTrue();
        assertThat(OrderStateMachine.mayAct(RectificationStateMachineTest.OTHER_UNIT, OrderAction.RESPOND, ZHUJIAN))
                .isFalse();
        assertThat(OrderStateMachine.mayAct(RectificationStateMachineTest.OFFICE, OrderAction.RESPOND, ZHUJIAN))
                .isFalse();
        for (OrderAction a : new OrderAction[] {OrderAction.CLOSE, OrderAction.RETURN, OrderAction.WITHDRAW}) {
            assertThat(OrderStateMachine.mayAct(RectificationStateMachineTest.OFFICE, a, ZHUJIAN)).isTrue();
            assertThat(OrderStateMachine.mayAct(RectificationStateMachineTest.OWNER, a, ZHUJIAN)).isFalse();
            assertThat(OrderStateMachine.mayAct(RectificationStateMachineTest.LEADER, a, ZHUJIAN)).isFalse();
        }
        assertThat(OrderStateMachine.mayIssue(RectificationStateMachineTest.OFFICE)).isTrue();
        assertThat(OrderStateMachine.mayIssue(RectificationStateMachineTest.LEADER)).isFalse();
        assertThat(OrderStateMachine.mayIssue(RectificationStateMachineTest.OWNER)).isFalse();
        assertThat(OrderStateMachine.mayIssue(RectificationStateMachineTest.VIEWER)).isFalse();
    }
}
