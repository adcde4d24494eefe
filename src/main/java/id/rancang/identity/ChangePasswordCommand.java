package id.rancang.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user changes their own password, proving they know the current one. */
public record ChangePasswordCommand(
        @NotBlank(message = "{user.password.required}") String currentPassword,

        @NotBlank(message = "{user.password.required}") @Size(min = 10, max = 128, message = "{user.password.size}")
        String newPassword,

        String confirmation) {}
