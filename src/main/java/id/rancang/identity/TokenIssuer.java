package id.rancang.identity;

import java.time.Instant;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Service;

/** Exchanges a user name and password for an API token (throttled like the login form). */
@Service
public class TokenIssuer {

    private final AuthenticationManager manager;
    private final ApiTokens tokens;

    TokenIssuer(AuthenticationManager manager, ApiTokens tokens) {
        this.manager = manager;
        this.tokens = tokens;
    }

    /**
     * @throws org.springframework.security.core.AuthenticationException for wrong credentials or a
     *     locked or disabled account
     */
    public Token issueToken(String username, String password) {
        var authenticated =
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        ApiTokens.IssuedToken issued = tokens.issue(authenticated.getName());
        return new Token(issued.token(), issued.expiresAt());
    }

    public record Token(String token, Instant expiresAt) {}
}
