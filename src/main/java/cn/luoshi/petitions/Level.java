package cn.luoshi.petitions;

/**
 * 信访层级 — where a visit or letter arrived: the district, the city, the province or the 国家信访局. A case's level is
 * the highest its visits reached; it never goes down. 进京 is a visit (来访) at the national level.
 */
public enum Level {
    DISTRICT("区"), CITY("市"), PROVINCE("省"), NATION("国家信访局");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 到省 or 到国家局: the levels that make a case a supervised ledger task. */
    public boolean escalated() {
        return this == PROVINCE || this == NATION;
    }

    public static Level parse(String s) {
        for (Level l : values()) {
            if (l.name().equalsIgnoreCase(s) || l.label.equals(s) || ("国家局".equals(s) && l == NATION)) {
                return l;
            }
        }
        throw new IllegalArgumentException("未知的信访层级：" + s);
    }
}
