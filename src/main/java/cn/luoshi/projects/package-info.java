/**
 * 重点项目 (key investment projects): projects with their annual plan and monthly plan (以月保季), monthly reports by
 * the lead unit, life-cycle nodes counted back from the planned completion (倒排工期), lights on four dimensions
 * (开工、投资对照序时、节点、入库) by a published rule set chosen per district, escalation suggestions (约谈 / 督办单),
 * rates per unit and leader, xlsx import/export and the monthly 项目推进情况通报 (调度通报). Each project is a ledger
 * task (one directive per year), its lights reach the task as findings. Public face:
 * {@link cn.luoshi.projects.ProjectService}, {@link cn.luoshi.projects.ProjectLights},
 * {@link cn.luoshi.projects.ProjectBulletins}, {@link cn.luoshi.projects.ProjectExcel} and the records beside them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "calendar", "ledger", "indicators"})
package cn.luoshi.projects;
