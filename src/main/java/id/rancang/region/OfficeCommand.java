package id.rancang.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creates or renames an office; {@code version} is required when updating. */
public record OfficeCommand(
        @NotBlank(message = "{office.code.required}")
        @Size(max = 20, message = "{office.code.size}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "{office.code.format}")
        String code,

        @NotBlank(message = "{office.name.required}") @Size(max = 200, message = "{office.name.size}")
        String name,

        Long version) {

    /** Codes are kept in upper case: "diskominfo" and "DISKOMINFO" are the same office. */
    String normalisedCode() {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
