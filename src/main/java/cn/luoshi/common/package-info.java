/**
 * Shared kernel: the errors every module raises (not found, conflict, invalid input), paging, the clock, and the
 * embedded database. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.luoshi.common;
