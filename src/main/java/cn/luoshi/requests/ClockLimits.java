package cn.luoshi.requests;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 办理时限 per category and urgency, in working minutes, for each {@link Stage}. A category without its own limits
 * uses the default row of its urgency. The shipped preset is {@link #LOCAL_DEFAULT} (本地默认): no national rule
 * fixes these numbers (国办发〔2020〕53号 asks for 限时办结 without hours), so a district replaces them with its own
 * 12345 rules on the settings page.
 */
public final class ClockLimits {

    /** Name of the shipped preset. */
    public static final String LOCAL_DEFAULT = "本地默认（无公开规定依据）";

    private final String source;
    private final Map<Urgency, Map<Stage, Integer>> defaults;
    private final Map<String, Map<Urgency, Map<Stage, Integer>>> byCategory = new HashMap<>();

    private ClockLimits(String source, Map<Urgency, Map<Stage, Integer>> defaults) {
        this.source = source;
        this.defaults = defaults;
    }

    /**
     * 本地默认: 一般 — 签收 2 工作小时, 首次联系 1 工作日, 办结 5 工作日, 答复 7 工作日; 紧急 — 签收 30 分钟,
     * 首次联系 2 工作小时, 办结 1 工作日, 答复 2 工作日 (one working day = {@code dayMinutes}).
     */
    public static ClockLimits localDefault(long dayMinutes) {
        int day = Math.toIntExact(dayMinutes);
        Map<Urgency, Map<Stage, Integer>> d = new EnumMap<>(Urgency.class);
        d.put(Urgency.NORMAL, stages(120, day, 5 * day, 7 * day));
        d.put(Urgency.URGENT, stages(30, 120, day, 2 * day));
        return new ClockLimits(LOCAL_DEFAULT, d);
    }

    private static Map<Stage, Integer> stages(int sign, int contact, int finish, int reply) {
        Map<Stage, Integer> m = new EnumMap<>(Stage.class);
        m.put(Stage.SIGN, sign);
        m.put(Stage.CONTACT, contact);
        m.put(Stage.FINISH, finish);
        m.put(Stage.REPLY, reply);
        return m;
    }

    /** Sets one category's limit (minutes) for an urgency and stage; must be positive. */
    public ClockLimits with(String categoryCode, Urgency urgency, Stage stage, int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("时限必须大于0分钟");
        }
        if (categoryCode == null) {
            defaults.get(urgency).put(stage, minutes);
        } else {
            byCategory.computeIfAbsent(categoryCode, k -> new EnumMap<>(Urgency.class))
                    .computeIfAbsent(urgency, k -> new EnumMap<>(Stage.class)).put(stage, minutes);
        }
        return this;
    }

    /** The limit in working minutes: the category's own, else the default for the urgency. */
    public int minutes(String categoryCode, Urgency urgency, Stage stage) {
        Objects.requireNonNull(urgency);
        var own = categoryCode == null ? null : byCategory.get(categoryCode);
        if (own != null && own.containsKey(urgency) && own.get(urgency).containsKey(stage)) {
            return own.get(urgency).get(stage);
        }
        return defaults.get(urgency).get(stage);
    }

    public String source() {
        return source;
    }
}
