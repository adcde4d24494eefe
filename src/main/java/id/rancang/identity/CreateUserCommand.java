package id.rancang.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new user: a login name, an initial password and the name shown to others. */
public record CreateUserCommand(
        @NotBlank(message = "{user.username.required}")
        @Size(min = 3, max = 64, message = "{user.username.size}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{user.username.format}")
        String username,

        @NotBlank(message = "{user.password.required}") @Size(min = 10, max = 128, message = "{user.password.size}")
        String password,

        @NotBlank(message = "{user.displayName.required}") @Size(max = 120, message = "{user.displayName.size}")
        String displayName) {}
