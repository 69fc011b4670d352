package cn.luoshi.minsheng;

import cn.luoshi.ledger.TaskStatus;
import java.math.BigDecimal;

/**
 * A 民生实事 item's status as the public reads it (公开状态): 未开工, 推进中, 已完成. Derived, never entered: 已完成 is a
 * completion the 督查室 approved (已办结); 已开工 is any reported progress above zero; everything else has not started.
 */
public enum PublicStatus {
    NOT_STARTED("未开工"),
    IN_PROGRESS("推进中"),
    COMPLETED("已完成");

    private final String label;

    PublicStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 已开工: under way or completed. */
    public boolean started() {
        return this != NOT_STARTED;
    }

    /** The public status of a task with this ledger status and reported progress (percent, null before any report). */
    public static PublicStatus of(TaskStatus status, BigDecimal progressPercent) {
        if (status == TaskStatus.COMPLETED) {
            return COMPLETED;
        }
        return progressPercent != null && progressPercent.signum() > 0 ? IN_PROGRESS : NOT_STARTED;
    }

    /** Lenient parse for query parameters: an unknown value is no filter. */
    public static PublicStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (PublicStatus s : values()) {
            if (s.name().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        return null;
    }
}
