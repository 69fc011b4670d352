package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** 催办保留期: which reminders past the period may go. */
class RetentionRuleTest {

    static final Set<Long> OPEN = Set.of(7L);

    @Test
    void aReadAndSettledReminderGoes() {
        assertThat(RetentionRule.deletable(false, false, OPEN, 7, false)).isTrue();
        assertThat(RetentionRule.deletable(false, false, null, 7, false)).isTrue();
    }

    @Test
    void anUnreadNotificationStaysWhileItsWorkIsOpenOrNobodyCanTell() {
        assertThat(RetentionRule.deletable(false, true, OPEN, 7, false)).isFalse();
        assertThat(RetentionRule.deletable(false, true, null, 8, false)).isFalse();
    }

    @Test
    void anUnreadNotificationAboutClosedWorkGoes() {
        assertThat(RetentionRule.deletable(false, true, OPEN, 8, false)).isTrue();
        assertThat(RetentionRule.deletable(false, true, Set.of(), 8, false)).isTrue();
    }

    @Test
    void aMessageStillToSendOrAKeyDueNowKeepsItWhateverElse() {
        assertThat(RetentionRule.deletable(true, false, OPEN, 8, false)).isFalse();
        assertThat(RetentionRule.deletable(false, false, OPEN, 8, true)).isFalse();
        assertThat(RetentionRule.deletable(false, true, Set.of(), 8, true)).isFalse();
    }
}
