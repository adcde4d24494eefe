package id.rancang.identity;

import jakarta.validation.constraints.NotNull;

/** Gives a user a role; {@code regionCode} is left out for the global roles. */
public record GrantMembershipCommand(
        String regionCode,
        @NotNull(message = "{membership.role.required}") Role role) {}
