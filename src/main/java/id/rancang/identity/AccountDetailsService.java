package id.rancang.identity;

import java.time.Clock;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a login; an account locked by too many failures stays locked until its time is up. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccountEntity user =
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        boolean locked = user.lockedUntil != null && user.lockedUntil.isAfter(clock.instant());
        return User.withUsername(user.username)
                .password(user.passwordHash)
                .disabled(!user.enabled)
                .accountLocked(locked)
                .authorities(AuthorityUtils.createAuthorityList("ROLE_USER"))
                .build();
    }
}
