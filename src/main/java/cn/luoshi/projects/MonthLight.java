package cn.luoshi.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project's light for one month, per dimension, with its reasons and the escalation suggested. */
public record MonthLight(long projectId, LocalDate month, String light, String startLight, String investmentLight,
        String nodeLight, String statsLight, String reason, BigDecimal scheduleShare, BigDecimal completionShare,
        String escalation, String escalationReason, String preset) {

    public String css(String l) {
        return cn.luoshi.projects.rules.Signal.valueOf(l).css();
    }

    /** The rule set's name ("银川2025"). */
    public String presetName() {
        return cn.luoshi.projects.rules.LightRuleSet.preset(preset).map(r -> r.name()).orElse(preset);
    }

    public String label(String l) {
        return cn.luoshi.projects.rules.Signal.valueOf(l).label();
    }
}
