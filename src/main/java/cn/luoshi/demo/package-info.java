/**
 * Demo data (演示数据): on the first start of an empty database, the demo organisation (units, people, accounts) is
 * created and the five seed speeches go through 讲话转台账 — drafted by the engine, reviewed as recorded in
 * {@code demo/demo-review.json}, accepted through the review service — and then their tasks are given the activity of
 * {@code demo/demo-ledger.json}, so that a new user sees a living system. Off with {@code LUOSHI_DEMO_DATA=false};
 * never loaded into a database that already has units.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "ledger", "ingest", "ingest :: review", "petitions", "projects", "requests", "ledger :: light", "indicators", "assessment"})
package cn.luoshi.demo;
