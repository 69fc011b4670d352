package cn.luoshi.common;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link DatabaseOutageFilter} in front of every other filter, Spring Security's included. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfig {

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseStatus status) {
        FilterRegistrationBean<DatabaseOutageFilter> r = new FilterRegistrationBean<>(new DatabaseOutageFilter(status));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        r.addUrlPatterns("/*");
        return r;
    }
}
