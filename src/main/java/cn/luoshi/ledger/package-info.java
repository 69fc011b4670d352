/**
 * The ledger (台账): directives (来源) broken into areas, tasks and measures (任务项目化、项目清单化), dated milestones
 * (清单节点化), problems with named owners (节点问题化、问题责任化) and progress reports (进展). Public face: the
 * services ({@link cn.luoshi.ledger.DirectiveService}, {@link cn.luoshi.ledger.TaskService} …), their records and forms.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "calendar"})
package cn.luoshi.ledger;
