package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.internal.ExtensionPolicy;
import cn.luoshi.ledger.internal.ExtensionPolicy.LeaderApproval;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtensionPolicyTest {

    final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();

    @Test
    void noneAndAll() {
        LocalDate from = LocalDate.of(2026, 9, 30);
        assertThat(new ExtensionPolicy(LeaderApproval.NONE, 20, 0).needsLeader(from, from.plusYears(1), calendar))
                .isFalse();
        assertThat(new ExtensionPolicy(LeaderApproval.ALL, 20, 0).needsLeader(from, from.plusDays(1), calendar))
                .isTrue();
    }

    @Test
    void theThresholdCountsWorkingDaysAcrossTheNationalDayHoliday() {
        var policy = new ExtensionPolicy(LeaderApproval.LONGER_THAN, 5, 0);
        LocalDate from = LocalDate.of(2026, 9, 30);
        // 10月1日–7日 are holidays in 2026 (国庆、中秋), so 9-30 → 10-12 adds 10-9, 10-10 (调休 Saturday), 10-12:
        // few working days despite twelve calendar days.
        assertThat(calendar.workingDaysBetween(from, LocalDate.of(2026, 10, 12))).isLessThanOrEqualTo(5);
        assertThat(policy.needsLeader(from, LocalDate.of(2026, 10, 12), calendar)).isFalse();
        assertThat(policy.needsLeader(from, LocalDate.of(2026, 10, 20), calendar)).isTrue();
    }

    @Test
    void describesItselfInWords() {
        assertThat(new ExtensionPolicy(LeaderApproval.LONGER_THAN, 10, 0).describe())
                .isEqualTo("延期超过10个工作日的，督查室同意后报牵头区领导审批");
        assertThat(ExtensionPolicy.none().describe()).isEqualTo("督查室审核即生效");
    }
}
