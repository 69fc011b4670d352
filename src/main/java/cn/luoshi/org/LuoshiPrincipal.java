package cn.luoshi.org;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account; carries the {@link CurrentUser} the services need. */
final class LuoshiPrincipal implements UserDetails {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;

    LuoshiPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    /** An admin reset the password: the user must choose a new one before doing anything else. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same account after it chose a new password. */
    LuoshiPrincipal passwordChanged() {
        return new LuoshiPrincipal(user, null, enabled, false);
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
