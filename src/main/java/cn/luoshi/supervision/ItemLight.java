package cn.luoshi.supervision;

import cn.luoshi.ledger.light.Light;

/** A light as lists and pages show it: the colour, the reason in words and the countdown (剩余N个工作日 …). */
public record ItemLight(Light light, String reason, String countdown, Integer countdownDays) {
}
