package id.rancang.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API. Only a SHA-256 hash is stored, so a database dump does not
 * leak usable tokens; every instance can check every token.
 */
@Component
class ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${rancang.api.token-lifetime:12h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record IssuedToken(String token, Instant expiresAt) {}

    @Transactional
    IssuedToken issue(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("insert into api_token (token_hash, user_id, created_at, expires_at)"
                        + " select ?, id, ?, ? from user_account where username = ?")
                .params(hash(token), Timestamp.from(now), Timestamp.from(expiresAt), username)
                .update();
        jdbc.sql("delete from api_token where expires_at < ?")
                .param(Timestamp.from(now))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /** The user a valid, unexpired token belongs to, if that user is still enabled. */
    @Transactional(readOnly = true)
    Optional<String> usernameFor(String token) {
        return jdbc.sql("select u.username from api_token t join user_account u on u.id = t.user_id"
                        + " where t.token_hash = ? and t.expires_at > ? and u.enabled = true")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(String.class)
                .optional();
    }

    /** Revokes every token of {@code username} (their account was disabled, their password changed). */
    @Transactional
    void revokeAll(String username) {
        jdbc.sql("delete from api_token where user_id in (select id from user_account where username = ?)")
                .param(username)
                .update();
    }

    private static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
