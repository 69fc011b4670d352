package cn.luoshi.indicators;

/**
 * A region figures are compared with: NATION (全国), PROVINCE (全省), CITY (全市), or a county-level DISTRICT — the
 * home district ({@code home}) or one of its peers (各县（市、区）).
 */
public record Region(long id, String name, String level, boolean home, int sortOrder) {

    public boolean peer() {
        return "DISTRICT".equals(level);
    }

    public String levelLabel() {
        return switch (level) {
            case "NATION" -> "全国";
            case "PROVINCE" -> "全省";
            case "CITY" -> "全市";
            default -> home ? "本区" : "县（市、区）";
        };
    }
}
