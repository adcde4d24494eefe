package id.rancang.identity;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's logins: their browser sessions, kept in the database by Spring Session, and their
 * API tokens. Used when an account is disabled or its password changes, so that whoever held the
 * account or the old password is out at once, on every instance, not when the session expires.
 */
@Component
class SignOuts {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApiTokens tokens;

    SignOuts(FindByIndexNameSessionRepository<? extends Session> sessions, ApiTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** Ends every session and revokes every token of {@code username}. */
    void everywhere(String username) {
        signOut(username, Optional.empty());
    }

    /**
     * Like {@link #everywhere}, but keeps the session of the current request (the page on which the
     * user changed their own password stays open; every other browser is signed out).
     */
    void everywhereElse(String username) {
        signOut(username, currentSessionId());
    }

    private void signOut(String username, Optional<String> keep) {
        tokens.revokeAll(username);
        // Sessions live outside of the caller's transaction (Spring Session writes them in its own):
        // they end once the change that ends them is committed, never for a change rolled back.
        Runnable endSessions = () -> endSessions(username, keep);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endSessions.run();
                }
            });
        } else {
            endSessions.run();
        }
    }

    private void endSessions(String username, Optional<String> keep) {
        Set<String> ids = Set.copyOf(sessions.findByPrincipalName(username).keySet());
        ids.stream()
                .filter(id -> keep.map(kept -> !kept.equals(id)).orElse(true))
                .forEach(sessions::deleteById);
    }

    private static Optional<String> currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getSession(false))
                    .map(HttpSession::getId);
        }
        return Optional.empty();
    }
}
