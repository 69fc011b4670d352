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

    /**
     * Who acted, as people read it everywhere (操作记录, 申请人, 批示, 发布人, documents): the person's name and unit or
     * office — "孙丽（督查室）", "张卫东（副区长）" — never the login; the application itself is "系统".
     */
    public String auditName() {
        String name = displayName == null || displayName.isBlank() ? username : displayName.trim();
        return unitName == null || unitName.isBlank() || unitName.equals(name) ? name : name + "（" + unitName + "）";
    }
}
