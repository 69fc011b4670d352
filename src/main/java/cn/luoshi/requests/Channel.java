package cn.luoshi.requests;

/** 来源渠道. */
public enum Channel {
    GRID("网格上报"), HOTLINE("12345热线"), OPEN311("Open311"), WEB("网页录入");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
