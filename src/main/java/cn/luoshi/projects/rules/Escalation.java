package cn.luoshi.projects.rules;

import java.util.List;

/**
 * 连续亮灯升级: consecutive months at least yellow suggest a 约谈 (talk with the unit), consecutive red months a
 * 督办单 — as many months as the rule set says (银川: yellow twice → 约谈, red once → 督办单; 三亚: red two months in a
 * row). The suggestion is for the 督查室; the 督办单 itself is issued in the supervision module.
 */
public final class Escalation {

    public enum Step {
        NONE(""), TALK("建议约谈"), ORDER("建议下发督办单");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Suggestion(Step step, int months, String reason) {
        public static final Suggestion NONE = new Suggestion(Step.NONE, 0, null);
    }

    private Escalation() {
    }

    /** {@code months}: the project's lights by month, oldest first, ending with the month judged. */
    public static Suggestion suggest(List<Signal> months, LightRuleSet rules) {
        int red = trailing(months, true);
        int warn = trailing(months, false);
        if (red >= rules.orderAfterRedMonths()) {
            return new Suggestion(Step.ORDER, red, (red == 1 ? "本月亮红灯" : "连续" + red + "个月亮红灯") + "，"
                    + Step.ORDER.label());
        }
        if (warn >= rules.talkAfterYellowMonths()) {
            return new Suggestion(Step.TALK, warn, "连续" + warn + "个月亮黄灯及以上，" + Step.TALK.label());
        }
        return Suggestion.NONE;
    }

    private static int trailing(List<Signal> months, boolean redOnly) {
        int n = 0;
        for (int i = months.size() - 1; i >= 0; i--) {
            Signal s = months.get(i);
            if (s == null || (redOnly ? s != Signal.RED : !s.warns())) {
                break;
            }
            n++;
        }
        return n;
    }
}
