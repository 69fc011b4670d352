package cn.luoshi.indicators;

/**
 * A stored light rule set: the rule, its source in words, whether it is a preset named after its published source
 * (read-only) or an editable copy, and whether it is the default.
 */
public record LightRuleSet(long id, IndicatorLightRule rule, String source, boolean preset, boolean isDefault,
        String copiedFrom, int version) {

    public String name() {
        return rule.name();
    }
}
