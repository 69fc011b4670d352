package cn.luoshi.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 下步要求 a draft starts with: what the counts show, addressed to the configured office. */
class BulletinTextTest {

    static Totals totals(int overdue, int behind) {
        return new Totals(10, 2, 1, 2, 0, 0, 2 + overdue, 8, 0, 1, 8 - overdue - behind - 1, behind, overdue, 0, 0, 0,
                0, 5, 2, overdue, 0, 2, 0, 3);
    }

    @Test
    void overdueTasksAreReportedToTheOfficeByItsConfiguredName() {
        String text = BulletinText.defaultRequirements(totals(2, 1), "某县委县政府督查室");
        assertThat(text).startsWith("一、对逾期未办结的2项任务")
                .contains("完成时限，报某县委县政府督查室。")
                .contains("二、对落后序时进度的1项任务")
                .endsWith("三、某县委县政府督查室将持续跟踪问效，对整改不力、进度滞后的单位按规定再次通报。")
                .doesNotContain("区委督查室");
    }
}
