package cn.luoshi.ledger;

/**
 * Level in a directive's task tree: 方面 (area) groups 任务 (tasks), a task is broken into 举措 (measures).
 * A tree may also start directly with tasks when a directive has no areas.
 */
public enum TaskKind {
    AREA("方面"), TASK("任务"), MEASURE("举措");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a node of this kind may sit under {@code parent} (null = the directive itself). */
    public boolean mayHaveParent(TaskKind parent) {
        return switch (this) {
            case AREA -> parent == null;
            case TASK -> parent == null || parent == AREA;
            case MEASURE -> parent == TASK;
        };
    }

    /** Areas only group work; tasks and measures are assigned to a unit and carry a deadline. */
    public boolean isAssignable() {
        return this != AREA;
    }
}
