/**
 * 信访 (petitions): cases (件) with their visits (件次) and the people on them (人次), the time limits of the
 * 信访工作条例 (2022) as clocks with lights, 包案领导, 接访 records, 复查/复核, the 积案 register, statistics stated the
 * way the speeches state them (件/件次/人次, 同比/环比, 截至N月底) and petitioners' personal data sealed at rest, shown to
 * the roles that need it and audited on every read. A 积案 or a case that reached the province or the nation becomes a
 * ledger task with its 包案领导 as leader. Public face: {@link cn.luoshi.petitions.PetitionService},
 * {@link cn.luoshi.petitions.PetitionStatistics} and the plain rules beside them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "calendar", "ledger", "bulletins"})
package cn.luoshi.petitions;
