package cn.luoshi.requests;

/** 时钟灯: 绿 in time, 黄 when little time is left (or while paused near the end), 红 overdue, 灰 stopped in time. */
public enum ClockLight {
    GREEN("绿灯", "success"), YELLOW("黄灯", "warning"), RED("红灯", "danger"), PAUSED("挂起", "secondary"),
    DONE("按时完成", "secondary"), LATE("超时完成", "danger");

    private final String label;
    private final String css;

    ClockLight(String label, String css) {
        this.label = label;
        this.css = css;
    }

    public String label() {
        return label;
    }

    public String css() {
        return css;
    }
}
