package cn.luoshi.ledger;

import cn.luoshi.ledger.light.Light;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A task's stored light (亮灯) with its reason in words, 序时进度, lag, countdown (剩余N个工作日 / 已逾期N个工作日), the
 * missed reporting period if any, and when it was computed.
 */
public record TaskLight(long taskId, Light light, String reason, BigDecimal plannedPercent, BigDecimal lagPoints,
        Integer countdownDays, String countdownText, String reportMissing, Instant computedAt) {
}
