package cn.luoshi.bulletins;

/** 草稿 (editable, regenerable, visible to the 督查室 only) or 已发布 (numbered, frozen, circulated to everyone). */
public enum BulletinStatus {
    DRAFT("草稿", "secondary"),
    PUBLISHED("已发布", "success");

    private final String label;
    private final String badge;

    BulletinStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** Bootstrap badge colour. */
    public String badge() {
        return badge;
    }
}
