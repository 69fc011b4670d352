/**
 * Demo data (演示数据): on the first start of an empty database, the five seed speeches become five directives with
 * hand-made task trees, units, people and accounts, so that a new user sees a living system. Off with
 * {@code LUOSHI_DEMO_DATA=false}; never loaded into a database that already has units.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "ledger", "ingest", "ingest :: review"})
package cn.luoshi.demo;
