package cn.luoshi.bulletins;

/**
 * Where an open task stands against 序时进度 at the period's end (lag = 序时进度 − 实际进度, in points, rounded to
 * 0.01 as the light rule does): 超前 below 0, 符合 from 0 up to the light rule's yellow threshold (default 10 points,
 * exclusive), 落后 from that threshold on — so every task counted behind is at least a yellow light on its lag.
 */
public enum ScheduleStanding {
    AHEAD("超前序时"),
    ON("符合序时"),
    BEHIND("落后序时");

    private final String label;

    ScheduleStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
