/**
 * Reminders (催办): a pass inside the application finds what is due — 签收, 报送, 完成时限, 逾期 — and reminds the
 * responsible unit once per cause, subject and period, in the app (消息铃铛), by e-mail and through the unit's
 * 钉钉/企业微信 group robot, respecting quiet hours (免打扰) and daily digests (每日汇总). Other modules plug in their
 * own causes by implementing {@link cn.luoshi.reminders.ReminderSource}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "calendar", "ledger", "supervision"})
package cn.luoshi.reminders;
