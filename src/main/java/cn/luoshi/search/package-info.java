/**
 * 全文检索 (issue 12): one search box in the top bar and the page {@code /search?q=} that finds a query's words in
 * directives (指示/讲话), tasks, progress reports, problems, 督办单 and 通报 — each kind asked of the module that owns it
 * through that module's small search face ({@link cn.luoshi.ledger.LedgerSearch},
 * {@link cn.luoshi.supervision.OrderSearch}, {@link cn.luoshi.bulletins.BulletinSearch}), which scopes it as that
 * module's own lists do. This module owns no tables and no rules of scope; it assembles the kinds.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "org", "ledger", "supervision", "bulletins"})
package cn.luoshi.search;
