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

    public String label(String l) {
        return cn.luoshi.projects.rules.Signal.valueOf(l).label();
    }
}
