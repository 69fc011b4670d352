package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin enters local days and next year's notice; the calendar in force follows at once. */
@LuoshiIntegrationTest
class WorkingCalendarsTests {

    @Autowired
    WorkingCalendars calendars;

    static final CurrentUser ADMIN = new CurrentUser(1, "admin", "管理员", Role.ADMIN, null, null);
    static final CurrentUser OFFICE = new CurrentUser(2, "duchashi", "孙丽", Role.SUPERVISOR, null, null);

    @Test
    void aLocalDayOffAndAMakeUpSaturdayChangeTheWorkingDays() {
        LocalDate friday = LocalDate.of(2027, 1, 8);
        LocalDate saturday = LocalDate.of(2027, 1, 9);
        assertThat(calendars.current().isWorkingDay(friday)).isTrue();
        assertThat(calendars.current().covers(2027)).isFalse();
        calendars.put(friday, false, "测试：本地放假", ADMIN);
        calendars.put(saturday, true, "测试：调休上班", ADMIN);
        try {
            assertThat(calendars.current().isWorkingDay(friday)).isFalse();
            assertThat(calendars.current().isWorkingDay(saturday)).isTrue();
            assertThat(calendars.overrides()).extracting(o -> o.date()).contains(friday, saturday);
        } finally {
            calendars.remove(friday, ADMIN);
            calendars.remove(saturday, ADMIN);
        }
        assertThat(calendars.current().isWorkingDay(friday)).isTrue();
    }

    @Test
    void onlyTheAdminChangesTheCalendarAndANoteIsRequired() {
        assertThatThrownBy(() -> calendars.put(LocalDate.of(2027, 2, 1), false, "春节", OFFICE))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> calendars.put(LocalDate.of(2027, 2, 1), false, " ", ADMIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("说明不能为空");
    }
}
