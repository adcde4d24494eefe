package id.rancang.identity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_account")
class UserAccountEntity {

    @Id
    Long id;

    String username;
    String passwordHash;
    String displayName;
    boolean enabled;
    int failedLogins;
    Instant lockedUntil;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    static UserAccountEntity create(String username, String passwordHash, String displayName, Instant now) {
        UserAccountEntity user = new UserAccountEntity();
        user.username = username;
        user.passwordHash = passwordHash;
        user.displayName = displayName;
        user.enabled = true;
        user.createdAt = now;
        user.updatedAt = now;
        return user;
    }
}
