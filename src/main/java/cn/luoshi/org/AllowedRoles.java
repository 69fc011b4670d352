package cn.luoshi.org;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a web or API handler at all, checked before its parameters are bound: a role that may
 * never act gets 403 with {@link #message()}, not a 400 about a parameter it should not have been sending. The
 * service still makes the full decision (scope, state); this only answers the question "may this role act here".
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {

    Role[] value();

    /** The 403 message, in Chinese. */
    String message();
}
