package cn.luoshi.common;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record a module gives another as evidence about a unit (a task, a 督办单, a 通报 line, a request…): what it is,
 * where to open it, and the one or two numbers that count. Read-only, for scoring and explanation pages.
 *
 * @param unitId the unit the record counts for
 * @param id     the record's id in its module
 * @param label  what a person recognises (a task's title, an order's number)
 * @param link   the in-system page showing it, e.g. {@code /tasks/12}
 * @param date   the date that placed it in the period (deadline, issue date…)
 * @param detail one line on why it counts (完成时限, 办结日期…)
 * @param good   whether it counts in the unit's favour (on time, resolved…), or null when that is not the question
 * @param amount a quantity where one is meant (investment done), or null
 * @param base   what the amount is measured against (the plan), or null
 */
public record UnitFact(long unitId, long id, String label, String link, LocalDate date, String detail, Boolean good,
        BigDecimal amount, BigDecimal base) {
}
