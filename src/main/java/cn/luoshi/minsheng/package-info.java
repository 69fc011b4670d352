/**
 * 民生实事 public page (民生实事进展公示): the tasks tagged 民生实事, their public face curated by the 督查室 (public
 * title, 公开说明, investments, whether included), and explicit, audited publications — frozen snapshots that the
 * public page {@code /public/minsheng} and the JSON feed {@code /public/minsheng.json} show without login. Public face:
 * {@link cn.luoshi.minsheng.MinshengService}, the rates in {@link cn.luoshi.minsheng.MinshengRates} and the records
 * beside them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "ledger"})
package cn.luoshi.minsheng;
