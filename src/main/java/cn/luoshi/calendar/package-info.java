/**
 * Working-day calendar (工作日历) for mainland China: State Council holidays and 调休 make-up days shipped as data
 * for 2024–2026, local overrides, and a Monday–Friday fallback with a visible warning for years without data. The
 * rules ({@link cn.luoshi.calendar.WorkingDayCalendar} and its data) are plain Java; the calendar in force —
 * shipped data plus the district's own days from {@code calendar_day_override}, which this module owns — is
 * {@link cn.luoshi.calendar.WorkingCalendars}. Used by the ledger for countdowns and 序时进度, by supervision,
 * reminders and bulletins for working days. Leans on common and audit only: who may change the calendar is decided
 * by the caller (the admin's page in the ledger's web face).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "audit"})
package cn.luoshi.calendar;
