package cn.luoshi.common;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Query parameters read straight from the request, for the few handlers that are asked many times a second (a
 * list's htmx fragment): Spring builds a {@code WebDataBinder} and runs the {@code @InitBinder} methods for every
 * {@code @RequestParam} it converts, which cost a quarter of a kept fragment's CPU. Blank is absent, as the binder
 * treats it; a value that is not what the parameter takes is refused with the binder's message (400).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The parameter stripped, or null when absent or blank. */
    public static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    public static Integer integer(HttpServletRequest request, String name) {
        return parsed(request, name, Integer::valueOf);
    }

    public static Long id(HttpServletRequest request, String name) {
        return parsed(request, name, Long::valueOf);
    }

    public static <E extends Enum<E>> E choice(HttpServletRequest request, String name, Class<E> type) {
        return parsed(request, name, v -> Enum.valueOf(type, v));
    }

    /** The parameter read by {@code parse}; null when absent or blank; refused when {@code parse} refuses it. */
    private static <T> T parsed(HttpServletRequest request, String name, java.util.function.Function<String, T> parse) {
        String v = text(request, name);
        try {
            return v == null ? null : parse.apply(v);
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw unreadable(name);
        }
    }

    private static InvalidInputException unreadable(String name) {
        return InvalidInputException.of(name, "参数 " + name + " 的值无法识别");
    }
}
