package id.rancang.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After {@code rancang.login.max-failures} wrong passwords in a row an account is locked for
 * {@code rancang.login.lock-duration}. Kept in the database, so every instance agrees.
 */
@Component
class LoginThrottle {

    private final UserAccountRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(
            UserAccountRepository users,
            Clock clock,
            @Value("${rancang.login.max-failures:5}") int maxFailures,
            @Value("${rancang.login.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            int failures = user.failedLogins + 1;
            Instant lockedUntil = failures >= maxFailures ? clock.instant().plus(lockDuration) : user.lockedUntil;
            users.recordFailures(user.username, failures >= maxFailures ? 0 : failures, lockedUntil);
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .filter(user -> user.failedLogins > 0 || user.lockedUntil != null)
                .ifPresent(user -> users.recordFailures(user.username, 0, null));
    }
}
