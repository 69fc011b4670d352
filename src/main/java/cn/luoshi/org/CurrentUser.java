package cn.luoshi.org;

import java.util.Objects;

/**
 * The signed-in user as services see it. Every service method that reads or changes scoped data takes one, so scope is
 * enforced below the web layer and the same for UI and API.
 */
public record CurrentUser(long id, String username, String displayName, Role role, Long unitId, String unitName) {

    public CurrentUser {
        Objects.requireNonNull(role);
        if (role.isUnitRole() && unitId == null) {
            throw new IllegalArgumentException("unit user without unit: " + username);
        }
    }

    /** 督查室, leaders, admins and viewers see the whole ledger; unit users only their unit's work. */
    public boolean seesEverything() {
        return !role.isUnitRole();
    }

    /** Creates and edits directives, tasks and milestones, and assigns work (交办). */
    public boolean managesLedger() {
        return role == Role.SUPERVISOR || role == Role.ADMIN;
    }

    public boolean isLeader() {
        return role == Role.LEADER;
    }

    public boolean isUnitUser() {
        return role.isUnitRole();
    }

    public boolean belongsTo(Long unit) {
        return unitId != null && unitId.equals(unit);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** For the audit trail: "zhangsan（住建）". */
    public String auditName() {
        return unitName == null ? username : username + "（" + unitName + "）";
    }
}
