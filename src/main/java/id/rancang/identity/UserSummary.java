package id.rancang.identity;

import java.time.Instant;
import java.util.List;

/** A user as administrators see them; never carries the password hash. */
public record UserSummary(
        String username,
        String displayName,
        boolean enabled,
        Instant lockedUntil,
        List<Membership> memberships,
        long version) {

    public boolean hasGlobalRole(Role role) {
        return memberships.stream().anyMatch(m -> m.role() == role);
    }
}
