package cn.luoshi.org;

import java.time.Instant;

/** A login account as the admin pages list it (no password hash). */
public record UserAccount(long id, String username, String displayName, Role role, Long unitId, String unitName,
        boolean enabled, Instant lastLoginAt) {
}
