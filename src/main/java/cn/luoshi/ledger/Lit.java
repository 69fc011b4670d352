package cn.luoshi.ledger;

import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.Phase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 亮灯范围 — which tasks carry a light, written once for the Java rules and the SQL queries.
 * <ul>
 * <li>A task carries a light (a stored {@code task_light} row: shown in lists, counted in the overview, judged by a
 * bulletin as of its period's end) when it is a 任务 or 举措 — not a 方面, which only groups work — and has a deadline
 * ({@link #carriesLight}; in SQL {@link #SQL}, or {@link #sql} over other columns such as the deadline in force at a
 * cutoff).</li>
 * <li>Of those, a task 未交办 is not judged: its light is 不亮灯 with the reason 未交办, and it only counts down
 * ({@link #judged}). The others are judged by the light rule in the phase of their status ({@link #phase}); an
 * 已终止 task's phase gives 不亮灯.</li>
 * <li>A yellow or red light is a warning (预警): only such a task may be given a 督办单 ({@link #warning}).</li>
 * </ul>
 * Plain Java, like the rules it feeds.
 */
public final class Lit {

    private Lit() {
    }

    /** Whether a task of this kind carries a light when it has a deadline: 任务 and 举措, not 方面. */
    public static boolean litKind(TaskKind kind) {
        return kind != TaskKind.AREA;
    }

    /** Whether a task carries a light: a 任务 or 举措 with a deadline. */
    public static boolean carriesLight(TaskKind kind, LocalDate deadline) {
        return kind != null && litKind(kind) && deadline != null;
    }

    /**
     * {@link #carriesLight} in SQL over a task's kind column and a deadline expression, e.g.
     * {@code t.kind <> 'AREA' and t.deadline is not null}.
     */
    public static String sql(String kindColumn, String deadlineExpression) {
        List<String> unlit = Arrays.stream(TaskKind.values()).filter(k -> !litKind(k)).map(k -> "'" + k.name() + "'")
                .toList();
        String kinds = unlit.size() == 1 ? kindColumn + " <> " + unlit.get(0)
                : kindColumn + " not in (" + String.join(", ", unlit) + ")";
        return kinds + " and " + deadlineExpression + " is not null";
    }

    /** {@link #carriesLight} in SQL for the table {@code task} aliased {@code t}. */
    public static final String SQL = sql("t.kind", "t.deadline");

    /** Whether the light rule judges a task in this status (a task 未交办 only counts down). */
    public static boolean judged(TaskStatus status) {
        return status != TaskStatus.UNASSIGNED;
    }

    /** The light rule's phase of a status: 未交办/待签收/已退回 not started, 办理中/办结待审 in progress. */
    public static Phase phase(TaskStatus status) {
        return switch (status) {
            case UNASSIGNED, ASSIGNED, RETURNED -> Phase.NOT_STARTED;
            case IN_PROGRESS, COMPLETION_REQUESTED -> Phase.IN_PROGRESS;
            case COMPLETED -> Phase.COMPLETED;
            case TERMINATED -> Phase.TERMINATED;
        };
    }

    /** 预警: a yellow or red light, the lights a 督办单 may be issued for. */
    public static boolean warning(Light light) {
        return light == Light.YELLOW || light == Light.RED;
    }

    /** The statuses, quoted for SQL, that satisfy {@code test} (e.g. those judged against 序时进度). */
    static String quoted(java.util.function.Predicate<TaskStatus> test) {
        return Arrays.stream(TaskStatus.values()).filter(test).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
    }
}
