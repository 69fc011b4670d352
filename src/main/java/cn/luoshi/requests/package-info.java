/**
 * 接诉即办 and 街道吹哨、部门报到: citizen and grid requests from the grid worker's phone form, 12345 imports and pushes
 * and the Open311 GeoReport v2 API; dispatch to streets and departments with working-time clocks (签收、首次联系、办结、
 * 答复) and lights; 吹哨 with 报到; 退单 and disputes; reply, 回访, rating and 重办; 三率 per unit per month; the
 * district's grid map. A 问题工单 becomes a ledger task (提级督办). Public face: {@link cn.luoshi.requests.RequestService}
 * and the rule classes beside it ({@link cn.luoshi.requests.WorkingClock}, {@link cn.luoshi.requests.StageClock},
 * {@link cn.luoshi.requests.ThreeRates}, {@link cn.luoshi.requests.DuplicateRule},
 * {@link cn.luoshi.requests.EscalationRule}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "calendar", "ledger"})
package cn.luoshi.requests;
