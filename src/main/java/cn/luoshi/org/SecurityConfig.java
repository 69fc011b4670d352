package cn.luoshi.org;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.dao.DataAccessResourceFailureException;
import cn.luoshi.common.DatabaseStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for people, HTTP Basic or a personal API token (Bearer) for API clients. Both password paths go through
 * {@link ThrottledAuthenticationProvider} (登录失败限制). CSRF protects every cookie-authenticated change; a request
 * that carries its own Authorization header cannot be forged by another site, so it is exempt. Every response carries
 * a Content-Security-Policy without inline scripts (a nonce per request,
 * {@link ContentSecurityPolicyFilter}) and {@code Referrer-Policy: same-origin}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * BCrypt at {@code luoshi.security.bcrypt-strength} (default 10, Spring's) for new passwords; stored hashes of
     * any strength or other encoding Spring knows still match (the cost is read from the hash). The test contexts use
     * 4, so the hundreds of signed-in API calls of the role matrices do not spend the suite's time in BCrypt.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${luoshi.security.bcrypt-strength:10}") int strength) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                java.util.Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    /**
     * The one way to check a password, for the form and HTTP Basic: the throttled provider alone, with no parent
     * manager a refused sign-in could fall through to.
     */
    private static ProviderManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, ObjectProvider<AuthenticationEventPublisher> events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        events.ifAvailable(manager::setAuthenticationEventPublisher);
        return manager;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users,
            PasswordEncoder encoder, LoginThrottle throttle, ObjectProvider<AuthenticationEventPublisher> events,
            ApiTokens tokens, Clock clock,
            @Value("${luoshi.security.api-docs-public:false}") boolean apiDocsPublic) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        RequestMatcher ownAuthorization = request -> {
            String h = request.getHeader("Authorization");
            return h != null && (h.regionMatches(true, 0, "Basic ", 0, 6) || h.regionMatches(true, 0, "Bearer ", 0, 7));
        };
        RequestMatcher apiDocs = request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/");
        };
        http
            .authenticationManager(authenticationManager(users, encoder, throttle, events))
            .authorizeHttpRequests(auth -> {
                auth.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                        "/public/**", "/health/**").permitAll();
                if (apiDocsPublic) {
                    auth.requestMatchers(apiDocs).permitAll();
                }
                auth.anyRequest().authenticated();
            })
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                    .failureHandler(outageIsNotALoginError(new SimpleUrlAuthenticationFailureHandler("/login?error"))))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .httpBasic(basic -> basic.realmName("Luoshi")
                    .authenticationEntryPoint(outageIsNotALoginError(
                            (AuthenticationEntryPoint) (request, response, e) -> unauthorized(response, e, clock))))
            .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
            .addFilterAfter(new PasswordChangeGate(), AnonymousAuthenticationFilter.class)
            .csrf(csrf -> csrf.ignoringRequestMatchers(ownAuthorization))
            .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                    (request, response, e) -> unauthorized(response, e, clock),
                    request -> api.matches(request) || apiDocs.matches(request)))
            .addFilterBefore(new ContentSecurityPolicyFilter(), org.springframework.security.web.header.HeaderWriterFilter.class)
            .headers(h -> h.frameOptions(f -> f.deny())
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
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

    /** 401 as JSON; a throttled sign-in is 429 with its Chinese message and Retry-After. */
    private static void unauthorized(HttpServletResponse response, AuthenticationException e, Clock clock)
            throws java.io.IOException {
        String message = "请先登录";
        if (e instanceof ThrottledAuthenticationProvider.LoginRefusedException refused) {
            response.setStatus(429);
            long seconds = Math.max(1, Duration.between(clock.instant(), refused.refused().until()).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            message = refused.getMessage();
        } else {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Luoshi\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + response.getStatus() + ",\"message\":\"" + message + "\"}");
    }
}
