package cn.luoshi.ledger;

import cn.luoshi.common.Violations;
import cn.luoshi.ledger.light.Light;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.function.Function;

/**
 * Filters of the task list (任务清单): lead unit (or co-unit), leader, status, deadline range, free text (任务名称、内容,
 * 来源, 牵头或配合单位, 牵头区领导), directive, and the tasks picked by id (批量导出); paginated, sorted by deadline.
 */
public record TaskQuery(Long unitId, Long leaderId, TaskStatus status, LocalDate deadlineFrom, LocalDate deadlineTo,
        String text, Long directiveId, Light light, Integer page, Integer size, java.util.List<Long> ids) {

    /** Ids a query may pick at most. */
    public static final int MAX_IDS = 1000;

    public TaskQuery {
        ids = ids == null || ids.isEmpty() ? null : java.util.List.copyOf(ids);
    }

    /** Without picked ids. */
    public TaskQuery(Long unitId, Long leaderId, TaskStatus status, LocalDate deadlineFrom, LocalDate deadlineTo,
            String text, Long directiveId, Light light, Integer page, Integer size) {
        this(unitId, leaderId, status, deadlineFrom, deadlineTo, text, directiveId, light, page, size, null);
    }

    /** The same filters on other tasks' ids (null: no pick). */
    public TaskQuery withIds(java.util.List<Long> picked) {
        return new TaskQuery(unitId, leaderId, status, deadlineFrom, deadlineTo, text, directiveId, light, page, size,
                picked);
    }

    /** "1,2,3" for an address, or null. */
    public String idsParameter() {
        return ids == null ? null : ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Reads the filters from request parameters (blank means "no filter"). A value that cannot be read is named in a
     * Chinese message and nothing is searched. Plain parsing, because the list is the busiest request there is and
     * generic data binding was a sixth of its CPU time (docs/benchmarks.md).
     */
    public static TaskQuery from(Function<String, String> parameter) {
        Violations v = new Violations();
        TaskQuery q = new TaskQuery(id(parameter, "unitId", "单位", v), id(parameter, "leaderId", "牵头领导", v),
                constant(parameter, "status", TaskStatus.class, "状态", v),
                date(parameter, "deadlineFrom", "完成时限起", v), date(parameter, "deadlineTo", "完成时限止", v),
                blankToNull(parameter.apply("text")), id(parameter, "directiveId", "来源", v),
                constant(parameter, "light", Light.class, "亮灯", v), number(parameter, "page", "页码", v),
                number(parameter, "size", "每页条数", v), ids(parameter.apply("ids"), v));
        v.throwIfAny();
        return q;
    }

    /** "12,15,19" (commas or spaces): the tasks picked for 批量导出. */
    private static java.util.List<Long> ids(String s, Violations v) {
        if (s == null || s.isBlank()) {
            return null;
        }
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (String part : s.split("[,，\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(Long.valueOf(part));
            } catch (NumberFormatException e) {
                v.add("ids", "任务编号「" + part + "」无法识别，应为数字");
                return null;
            }
        }
        if (out.size() > MAX_IDS) {
            v.add("ids", "一次最多选" + MAX_IDS + "项任务，现有" + out.size() + "项");
            return null;
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Long id(Function<String, String> parameter, String name, String label, Violations v) {
        return read(parameter, name, v, label, "应为编号", Long::valueOf);
    }

    private static Integer number(Function<String, String> parameter, String name, String label, Violations v) {
        return read(parameter, name, v, label, "应为整数", Integer::valueOf);
    }

    private static LocalDate date(Function<String, String> parameter, String name, String label, Violations v) {
        LocalDate d = read(parameter, name, v, label, "日期请用 yyyy-MM-dd", TaskQuery::isoDate);
        if (!cn.luoshi.common.DateBounds.within(d)) {
            v.add(name, label + "：" + cn.luoshi.common.DateBounds.MESSAGE);
            return null;
        }
        return d;
    }

    /** The parameter read by {@code parse}, or null when blank; a value it refuses is reported in {@code v}. */
    private static <T> T read(Function<String, String> parameter, String name, Violations v, String label,
            String hint, Function<String, T> parse) {
        String s = blankToNull(parameter.apply(name));
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (NumberFormatException | DateTimeException e) {
            v.add(name, label + "「" + s + "」无法识别，" + hint);
            return null;
        }
    }

    private static LocalDate isoDate(String s) {
        if (isIsoDateShape(s)) {
            // yyyy-MM-dd without the formatter machinery; LocalDate.of still refuses 2026-02-30
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10));
        }
        return LocalDate.parse(s);
    }

    private static boolean isIsoDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static <E extends Enum<E>> E constant(Function<String, String> parameter, String name, Class<E> type,
            String label, Violations v) {
        String s = blankToNull(parameter.apply(name));
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        v.add(name, label + "「" + s + "」无法识别");
        return null;
    }
}
