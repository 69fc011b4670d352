package cn.luoshi.org;

/**
 * The supervision office's name (督查室名称) as printed on what it issues — the 督办通知单 and the 通报 (发布单位) —
 * e.g. 区委区政府督查室. One property, {@code luoshi.office.name} ({@code LUOSHI_OFFICE_NAME}); the older
 * {@code luoshi.bulletins.issuer} is still read when the new one is not set (deprecated). A bean: inject it.
 */
public record OfficeName(String name) {

    /** The name when nothing is configured. */
    public static final String DEFAULT = "区委区政府督查室";

    public OfficeName {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the office name must not be blank");
        }
        name = name.strip();
    }

    /**
     * The name in force: {@code luoshi.office.name} if set, else the deprecated {@code luoshi.bulletins.issuer} if
     * set, else {@link #DEFAULT}. Blank counts as not set.
     */
    public static OfficeName resolve(String officeName, String deprecatedBulletinIssuer) {
        if (officeName != null && !officeName.isBlank()) {
            return new OfficeName(officeName);
        }
        if (deprecatedBulletinIssuer != null && !deprecatedBulletinIssuer.isBlank()) {
            return new OfficeName(deprecatedBulletinIssuer);
        }
        return new OfficeName(DEFAULT);
    }

    @Override
    public String toString() {
        return name;
    }
}
