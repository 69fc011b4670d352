package cn.luoshi.petitions;

/** 信访形式 (第十七条: 信息网络、书信、电话、传真、走访). 来信 and 网上 count in 件次, 来访 in 人次. */
public enum Channel {
    LETTER("来信"), VISIT("来访"), ONLINE("网上信访"), PHONE("电话");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 来访 is counted by the people who came (人次); everything else by the registration (件次). */
    public boolean countsPeople() {
        return this == VISIT;
    }

    public static Channel parse(String s) {
        for (Channel c : values()) {
            if (c.name().equalsIgnoreCase(s) || c.label.equals(s) || ("网上".equals(s) && c == ONLINE)) {
                return c;
            }
        }
        throw new IllegalArgumentException("未知的信访形式：" + s);
    }
}
