package cn.luoshi.ledger.light;

import java.time.LocalDate;

/**
 * 序时起算日: the day 序时进度 counts from. A task handed over after its start date is not behind on the day it is
 * assigned: 序时进度 counts from 交办 (or 签收) when that is later than the start date (issue 12). Configurable
 * ({@code luoshi.lights.schedule-from}); {@link #START} keeps the start date alone (the rule before issue 12).
 */
public enum ScheduleStart {
    /** 开始日期 only. */
    START("开始日期"),
    /** The later of 开始日期 and 交办日期. */
    ASSIGNED("开始日期与交办日期中较晚者"),
    /** The later of 开始日期 and 签收日期 (交办日期 while not yet accepted). */
    ACCEPTED("开始日期与签收日期中较晚者");

    private final String label;

    ScheduleStart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The day 序时进度 counts from, never after the deadline.
     *
     * @param start      开始日期 (or the creation date when none is set)
     * @param assignedOn 交办日期, or null
     * @param acceptedOn 签收日期, or null
     * @param deadline   完成时限 in force
     */
    public LocalDate from(LocalDate start, LocalDate assignedOn, LocalDate acceptedOn, LocalDate deadline) {
        LocalDate anchor = switch (this) {
            case START -> null;
            case ASSIGNED -> assignedOn;
            case ACCEPTED -> acceptedOn != null ? acceptedOn : assignedOn;
        };
        LocalDate from = anchor != null && anchor.isAfter(start) ? anchor : start;
        return from.isAfter(deadline) ? deadline : from;
    }
}
