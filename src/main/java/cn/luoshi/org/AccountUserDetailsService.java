package cn.luoshi.org;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts from {@code app_user}. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.role, a.unit_id, a.password_hash, a.enabled, a.must_change_password,
                       coalesce(case when a.role = 'LEADER' then nullif(lp.position, '') end, u.short_name) as short_name
                from app_user a left join unit u on u.id = a.unit_id
                left join person lp on lp.id = a.person_id where lower(a.username) = lower(?)""")
                .param(username)
                .query((rs, i) -> new LuoshiPrincipal(
                        new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")), (Long) rs.getObject("unit_id"),
                                rs.getString("short_name")),
                        rs.getString("password_hash"), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
    }

    @org.springframework.context.event.EventListener
    void onLogin(org.springframework.security.authentication.event.AuthenticationSuccessEvent event) {
        recordLogin(event.getAuthentication().getName());
    }

    void recordLogin(String username) {
        jdbc.sql("update app_user set last_login_at = luoshi_now() where lower(username) = lower(?)").param(username).update();
    }
}
