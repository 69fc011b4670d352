package cn.luoshi.supervision;

import java.time.LocalDate;

/** An order still waiting for the 承办单位's answer (待办复), for reminders (督办单办复提醒). */
public record OpenOrder(long id, String number, long taskId, long unitId, LocalDate responseDue) {
}
