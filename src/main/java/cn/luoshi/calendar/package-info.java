/**
 * Working-day calendar (工作日历) for mainland China: State Council holidays and 调休 make-up days shipped as data
 * for 2024–2026, local overrides, and a Monday–Friday fallback with a visible warning for years without data. Plain
 * Java; used by the ledger for countdowns and 序时进度, later by reminders and request SLAs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cn.luoshi.calendar;
