package cn.luoshi.ledger.light;

/**
 * The light shown for a task (亮灯). GREEN, YELLOW and RED are the warning scale for active tasks (the worst
 * applicable one wins); BLUE, GREY and NONE describe the task's state and are not on that scale.
 */
public enum Light {
    /** 绿灯: on schedule. */
    GREEN("绿灯", "green"),
    /** 黄灯: slipping, deadline near or a report missing. */
    YELLOW("黄灯", "yellow"),
    /** 红灯: badly behind, overdue, or not signed for in time. */
    RED("红灯", "red"),
    /** 蓝灯: completed (已办结). */
    BLUE("蓝灯", "blue"),
    /** 灰灯: not started yet (before its start date). */
    GREY("灰灯", "grey"),
    /** 不亮灯: terminated tasks (已终止) are out of supervision and get no light. */
    NONE("不亮灯", "none");

    private final String label;
    private final String code;

    Light(String label, String code) {
        this.label = label;
        this.code = code;
    }

    /** Chinese label, e.g. 红灯. */
    public String label() {
        return label;
    }

    /** Lower-case code usable in CSS class names and JSON, e.g. {@code red}. */
    public String code() {
        return code;
    }
}
