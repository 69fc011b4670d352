package cn.luoshi.minsheng;

/**
 * The ledger's light (亮灯) as the public page shows it: the colour with its name and a plain description instead of
 * the internal reason (which may name a missed report or an acceptance delay).
 */
public enum PublicLight {
    GREEN("绿灯", "按计划推进"),
    YELLOW("黄灯", "进度偏慢或临近时限"),
    RED("红灯", "进度明显滞后或已逾期"),
    BLUE("蓝灯", "已完成"),
    GREY("灰灯", "尚未开始"),
    NONE("未亮灯", "暂未评价");

    private final String label;
    private final String meaning;

    PublicLight(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** What the colour means, in words for the public. */
    public String meaning() {
        return meaning;
    }

    /** Lower-case code for CSS classes ({@code light-green}), the same as the ledger's. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** From the ledger's light name (GREEN …); no light yet is {@link #NONE}. */
    public static PublicLight ofLedger(String name) {
        return name == null ? NONE : valueOf(name);
    }

    /** Lenient parse for query parameters: an unknown value is no filter. */
    public static PublicLight parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (PublicLight l : values()) {
            if (l.name().equalsIgnoreCase(value.trim())) {
                return l;
            }
        }
        return null;
    }
}
