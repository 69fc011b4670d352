package cn.luoshi.org;

/** The application itself acting (first-start bootstrap, demo data, scheduled jobs); audited as "system". */
public final class SystemUser {

    public static final CurrentUser INSTANCE = new CurrentUser(0, "system", "系统", Role.ADMIN, null, null);

    private SystemUser() {
    }
}
