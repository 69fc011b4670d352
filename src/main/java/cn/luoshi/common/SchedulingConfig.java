package cn.luoshi.common;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled passes (亮灯, 催办, 发送, 清理) run unless {@code luoshi.scheduling.enabled=false}; test contexts turn
 * them off and call the passes themselves, so nothing runs against the real time of day behind a test's back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "luoshi.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
class SchedulingConfig {
}
