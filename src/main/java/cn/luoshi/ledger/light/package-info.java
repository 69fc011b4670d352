/**
 * 序时进度 and 亮灯规则 as plain Java: {@link cn.luoshi.ledger.light.ScheduleProgress},
 * {@link cn.luoshi.ledger.light.LightRule}, {@link cn.luoshi.ledger.light.Countdown}, {@link cn.luoshi.ledger.light.LightPolicy}.
 * Exposed as the ledger's named interface {@code light}, so that modules which judge tasks at another date than today
 * (bulletins: as of a period's end) apply the same rules instead of copying them.
 */
@org.springframework.modulith.NamedInterface("light")
package cn.luoshi.ledger.light;
