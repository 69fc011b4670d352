/**
 * Bulletins (通报): for a period (week, month, quarter or any dates) and a scope (all work, one directive, one category
 * such as 民生实事) the 督查室 generates a draft that counts the ledger as it stood at the period's end (通报口径,
 * {@link cn.luoshi.bulletins.BulletinCounts}), ranks the lead units, lists the red items and the commended units, edits
 * the next-step requirements and publishes it as 第N期 — frozen with the numbers it quotes. Exports: Word from a
 * replaceable template, PDF, and the underlying lists as Excel.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "org", "audit", "calendar", "ledger", "ledger :: light"})
package cn.luoshi.bulletins;
