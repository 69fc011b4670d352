package cn.luoshi.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field-level rule violations in Chinese, so a form shows every problem at once and nothing is saved while
 * any remain.
 */
public final class Violations {

    /** One broken rule on one field ({@code field} is the form/JSON property name). */
    public record Violation(String field, String message) {
    }

    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String message) {
        list.add(new Violation(field, message));
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public Violations requireText(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, label + "不能为空");
        } else if (value.length() > maxLength) {
            add(field, label + "不能超过" + maxLength + "个字符（当前" + value.length() + "个）");
        }
        return this;
    }

    public Violations optionalText(String value, String field, String label, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, label + "不能超过" + maxLength + "个字符（当前" + value.length() + "个）");
        }
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    /** A request parameter Spring could not convert (unitId=abc), as "参数 unitId 的值「abc」无法识别". */
    public static List<Violation> fromBinding(org.springframework.validation.BindingResult binding) {
        List<Violation> out = new ArrayList<>();
        for (var e : binding.getFieldErrors()) {
            java.util.Optional<String> range = e.contains(Throwable.class)
                    ? DateBounds.messageIn(e.unwrap(Throwable.class)) : java.util.Optional.empty();
            out.add(new Violation(e.getField(), range.map(m -> "参数 " + e.getField() + "：" + m)
                    .orElse("参数 " + e.getField() + " 的值「" + e.getRejectedValue() + "」无法识别")));
        }
        for (var e : binding.getGlobalErrors()) {
            out.add(new Violation("", "参数有误，请检查筛选条件"));
        }
        return out;
    }

    /** Throws if any rule is broken. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }
}
