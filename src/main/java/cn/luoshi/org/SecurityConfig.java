package cn.luoshi.org;

import cn.luoshi.common.DatabaseStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for people, HTTP Basic for API clients. CSRF protects every cookie-authenticated change; a request that
 * carries its own Authorization header cannot be forged by another site, so it is exempt.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        RequestMatcher basicAuth = request -> {
            String h = request.getHeader("Authorization");
            return h != null && h.regionMatches(true, 0, "Basic ", 0, 6);
        };
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                        "/public/**", "/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                    .failureHandler(outageIsNotALoginError(new SimpleUrlAuthenticationFailureHandler("/login?error"))))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .httpBasic(basic -> basic.realmName("Luoshi").authenticationEntryPoint(
                    outageIsNotALoginError(basicEntryPoint())))
            .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuth))
            .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor((request, response, e) -> {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Basic realm=\"Luoshi\"");
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"status\":401,\"message\":\"请先登录\"}");
            }, api))
            .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint p = new BasicAuthenticationEntryPoint();
        p.setRealmName("Luoshi");
        return p;
    }

    /**
     * 数据库不可用不是登录失败: when the account could not be read because the database is away (Spring Security wraps
     * that in an {@code InternalAuthenticationServiceException}), the failure goes on up to
     * {@code common.DatabaseOutageFilter}, which answers 503; a wrong password stays a login error.
     */
    private static AuthenticationFailureHandler outageIsNotALoginError(AuthenticationFailureHandler handler) {
        return (request, response, e) -> {
            if (DatabaseStatus.isOutage(e)) {
                throw new DataAccessResourceFailureException(DatabaseStatus.MESSAGE, e);
            }
            handler.onAuthenticationFailure(request, response, e);
        };
    }

    private static AuthenticationEntryPoint outageIsNotALoginError(AuthenticationEntryPoint entryPoint) {
        return (request, response, e) -> {
            if (DatabaseStatus.isOutage(e)) {
                throw new DataAccessResourceFailureException(DatabaseStatus.MESSAGE, e);
            }
            entryPoint.commence(request, response, e);
        };
    }
}
