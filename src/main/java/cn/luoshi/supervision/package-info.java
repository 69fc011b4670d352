/**
 * Supervision (督查督办): 督查组 with their members and what they cover, 督导检查 with findings, a progress rating and
 * evidence, 整改事项 opened from findings (lit by the same light rule as tasks, closed only with evidence), and the
 * numbered 督办单 for lagging tasks with the lead unit's response and a printable PDF. Public face: the services
 * ({@link cn.luoshi.supervision.OrderService}, {@link cn.luoshi.supervision.RectificationService} …), their records
 * and forms, and {@link cn.luoshi.supervision.OpenItems} for reminders.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "org", "audit", "calendar", "ledger", "ledger :: light"})
package cn.luoshi.supervision;
