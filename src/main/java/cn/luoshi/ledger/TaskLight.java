package cn.luoshi.ledger;

import cn.luoshi.ledger.light.Light;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A task's stored light (亮灯) with its reason in words, 序时进度, lag, the missed reporting period if any, and when it
 * last changed; the countdown (剩余N个工作日 / 已逾期N个工作日) and the day count in a deadline finding are worked
 * out for today when the light is read.
 */
public record TaskLight(long taskId, Light light, String reason, BigDecimal plannedPercent, BigDecimal lagPoints,
        Integer countdownDays, String countdownText, String reportMissing, Instant computedAt) {
}
