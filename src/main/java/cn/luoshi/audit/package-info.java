/**
 * Audit trail (操作留痕): who changed which record, when, and its values before and after. Written in the same
 * transaction as the change, so a change without its entry cannot exist.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package cn.luoshi.audit;
