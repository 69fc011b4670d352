package cn.luoshi.requests.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Open311 endpoint is public and stateless (no session, no CSRF token: callers are apps and other systems), in a
 * filter chain of its own ahead of the application's; everything else keeps the application's chain.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

    @Bean
    @Order(1)
    SecurityFilterChain open311FilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/open311/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }
}
