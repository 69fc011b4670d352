/**
 * 亮灯规则 — the pure light rule (序时进度, lights, countdowns in working days), published as the ledger's named
 * interface {@code light} so that other modules (supervision's 整改事项) judge by the same rule.
 */
@org.springframework.modulith.NamedInterface("light")
package cn.luoshi.ledger.light;
