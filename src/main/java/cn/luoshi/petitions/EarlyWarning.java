package cn.luoshi.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 信访预警 — the same person (matched by the blind index of the ID number or phone) or the same issue rising toward
 * the province or the nation. Over the visits within {@code windowDays} before today:
 * <ul>
 * <li>重复信访: at least {@code repeatVisits} visits;</li>
 * <li>层级上升: the latest visit went higher than every earlier one in the window (区 → 市, 市 → 省 …);</li>
 * <li>规模扩大: the latest group visit has more people than the previous one and at least {@code groupSize}
 * (第二十条: a group chooses at most 5 representatives; 5 or more is a 集体访).</li>
 * </ul>
 * One sign is 黄色预警; two signs, or any sign once the province or the nation has been reached, is 红色预警.
 */
public record EarlyWarning(int windowDays, int repeatVisits, int groupSize) {

    public static final EarlyWarning DEFAULT = new EarlyWarning(90, 3, 5);

    public EarlyWarning {
        if (windowDays < 1 || repeatVisits < 2 || groupSize < 2) {
            throw new IllegalArgumentException("预警窗口至少1天，重复次数至少2次，集体访人数至少2人");
        }
    }

    /** One visit of the person or issue. */
    public record Visit(LocalDate on, Level level, int people) {
    }

    public enum Severity {
        YELLOW("黄色预警"), RED("红色预警");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What was found, with the reasons in words. */
    public record Warning(Severity severity, List<String> reasons, Level highest, int visits) {
        public String reason() {
            return String.join("；", reasons);
        }
    }

    public Optional<Warning> assess(List<Visit> all, LocalDate today) {
        LocalDate from = today.minusDays(windowDays);
        List<Visit> v = all.stream().filter(x -> !x.on().isBefore(from) && !x.on().isAfter(today))
                .sorted(Comparator.comparing(Visit::on)).toList();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (v.size() >= repeatVisits) {
            reasons.add(windowDays + "日内信访" + v.size() + "次");
        }
        Visit last = v.get(v.size() - 1);
        Level before = v.subList(0, v.size() - 1).stream().map(Visit::level).max(Comparator.naturalOrder())
                .orElse(null);
        if (before != null && last.level().compareTo(before) > 0) {
            reasons.add("层级由" + before.label() + "上升至" + last.level().label());
        }
        List<Visit> groups = v.stream().filter(x -> x.people() > 1).toList();
        if (groups.size() >= 2) {
            Visit g = groups.get(groups.size() - 1);
            Visit p = groups.get(groups.size() - 2);
            if (g.people() > p.people() && g.people() >= groupSize) {
                reasons.add("集体访人数由" + p.people() + "人增至" + g.people() + "人");
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        Level highest = v.stream().map(Visit::level).max(Comparator.naturalOrder()).orElseThrow();
        Severity s = reasons.size() >= 2 || highest.escalated() ? Severity.RED : Severity.YELLOW;
        return Optional.of(new Warning(s, List.copyOf(reasons), highest, v.size()));
    }
}
