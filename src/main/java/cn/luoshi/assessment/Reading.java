package cn.luoshi.assessment;

import cn.luoshi.common.UnitFact;
import java.util.List;

/**
 * One indicator's value for one unit with the facts it came from. {@code value} null means 无数据 (never zero).
 * {@code good}/{@code total} are the counts behind a rate (so a what-if can add "two more tasks on time"), or null.
 */
public record Reading(Double value, Integer good, Integer total, String note, List<UnitFact> facts) {

    public Reading {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public static Reading noData(String note) {
        return new Reading(null, null, null, note, List.of());
    }

    public static Reading of(double value, String note, List<UnitFact> facts) {
        return new Reading(value, null, null, note, facts);
    }

    /** A rate in percent (two decimals) from counts; 无数据 without a denominator. */
    public static Reading rate(int good, int total, String what, List<UnitFact> facts) {
        if (total == 0) {
            return new Reading(null, 0, 0, "本期无" + what + "（无数据）", facts);
        }
        double v = Math.round(10000.0 * good / total) / 100.0;
        return new Reading(v, good, total, good + "/" + total, facts);
    }

    public boolean hasData() {
        return value != null;
    }

    public Reading withValue(Double v, String why) {
        return new Reading(v, good, total, why, facts);
    }
}
