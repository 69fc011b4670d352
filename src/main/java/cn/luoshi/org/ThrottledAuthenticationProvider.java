package cn.luoshi.org;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * User name and password — the form and HTTP Basic alike — checked only when {@link LoginThrottle} allows the account
 * and the address to try; a wrong password is counted, a right one forgets the account's failures.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** The sign-in was refused before the password was checked (locked or too soon); the message is for the user. */
    static final class LoginRefusedException extends LockedException {
        private final transient LoginThrottle.Refused refused;

        LoginRefusedException(LoginThrottle.Refused refused) {
            super(refused.getMessage());
            this.refused = refused;
        }

        LoginThrottle.Refused refused() {
            return refused;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        boolean hadFailures;
        try {
            hadFailures = throttle.check(username, address);
        } catch (LoginThrottle.Refused r) {
            throw new LoginRefusedException(r);
        }
        Authentication ok;
        try {
            ok = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address).ifPresent(r -> {
                throw new LoginRefusedException(r);
            });
            throw e;
        }
        if (hadFailures) {
            throttle.recordSuccess(username);
        }
        return ok;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
