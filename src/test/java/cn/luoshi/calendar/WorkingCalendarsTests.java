package cn.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin enters local days and next year's notice; the calendar in force follows at once. */
@LuoshiIntegrationTest
class WorkingCalendarsTests {

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    static final String ADMIN = "admin";

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
    void aNoteIsRequired() {
        // Only the admin may change the calendar: checked by the admin's page (BadInputTests).
        assertThatThrownBy(() -> calendars.put(LocalDate.of(2027, 2, 1), false, " ", ADMIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("说明不能为空");
    }

    @Test
    void aChangeIsAuditedAndReplacesTheCalendarInForce() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        long entries = audited(monday);
        WorkingDayCalendar before = calendars.current();
        assertThat(calendars.current()).isSameAs(before); // not rebuilt per call: callers cache by identity
        calendars.put(monday, false, "测试：审计", ADMIN);
        try {
            assertThat(calendars.current()).isNotSameAs(before);
            assertThat(audited(monday)).isEqualTo(entries + 1);
        } finally {
            calendars.remove(monday, ADMIN);
        }
        assertThat(audited(monday)).isEqualTo(entries + 2);
    }

    private long audited(LocalDate day) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = '工作日历' and entity_id = ? and actor = ?")
                .params(day.toEpochDay(), ADMIN).query(Long.class).single();
    }
}
