package cn.luoshi.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reading of a method's parameters (JSON numbers, booleans, lists) with Chinese messages. */
final class Params {

    private final Map<String, Object> map;
    private final String where;

    Params(Map<String, Object> map, String where) {
        this.map = map;
        this.where = where;
    }

    double num(String key, String label) {
        Object v = map.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new IllegalArgumentException(where + "缺少参数「" + label + "」（" + key + "），或不是数字");
    }

    double num(String key, String label, double otherwise) {
        return map.containsKey(key) ? num(key, label) : otherwise;
    }

    boolean bool(String key) {
        Object v = map.get(key);
        return Boolean.TRUE.equals(v) || "true".equals(v);
    }

    String text(String key, String label) {
        Object v = map.get(key);
        if (v instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new IllegalArgumentException(where + "缺少参数「" + label + "」（" + key + "）");
    }

    String text(String key, String otherwise, boolean optional) {
        Object v = map.get(key);
        return v instanceof String s && !s.isBlank() ? s : otherwise;
    }

    List<Double> numbers(String key, String label) {
        if (!(map.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(where + "缺少参数「" + label + "」（" + key + "，数字列表）");
        }
        List<Double> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Number n)) {
                throw new IllegalArgumentException(where + "参数「" + label + "」只能是数字");
            }
            out.add(n.doubleValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> maps(String key, String label) {
        if (!(map.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(where + "缺少参数「" + label + "」（" + key + "）");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(where + "参数「" + label + "」格式不对");
            }
            out.add((Map<String, Object>) m);
        }
        return out;
    }
}
