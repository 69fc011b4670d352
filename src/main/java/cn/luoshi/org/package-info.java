/**
 * Organisation (组织机构): units, people, district leaders and their portfolios (分管), users, roles, and the scope
 * of what each user may see and change. Public face: {@link cn.luoshi.org.OrgDirectory}, {@link cn.luoshi.org.CurrentUser}
 * and the records beside them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "audit"})
package cn.luoshi.org;
