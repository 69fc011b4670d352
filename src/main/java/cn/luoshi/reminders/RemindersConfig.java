package cn.luoshi.reminders;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code luoshi.reminders.*}; the bell's session filter, just before Spring Security. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class RemindersConfig {

    @Bean
    FilterRegistrationBean<BellSessionFilter> bellSessionFilter(Clock clock) {
        FilterRegistrationBean<BellSessionFilter> r = new FilterRegistrationBean<>(new BellSessionFilter(clock));
        r.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        r.addUrlPatterns("/*");
        return r;
    }
}
