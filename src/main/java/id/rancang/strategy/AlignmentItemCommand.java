package id.rancang.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds an alignment item; {@code parentCode} names its parent (an RPJMD goal's mission, …). */
public record AlignmentItemCommand(
        @NotNull(message = "{alignment.kind.required}") AlignmentKind kind,

        @NotBlank(message = "{alignment.code.required}") @Size(max = 40, message = "{alignment.code.size}")
        String code,

        @NotBlank(message = "{alignment.title.required}") @Size(max = 500, message = "{alignment.title.size}")
        String title,

        String parentCode,
        String officeCode) {}
