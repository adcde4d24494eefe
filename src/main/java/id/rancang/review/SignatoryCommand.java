package id.rancang.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Adds a signatory to the commitment sheet; the office, when given, must be one of the region's. */
public record SignatoryCommand(
        @NotBlank(message = "{commitment.name.required}") @Size(max = 200, message = "{commitment.name.size}")
        String name,

        @NotBlank(message = "{commitment.position.required}") @Size(max = 200, message = "{commitment.position.size}")
        String position,

        @Size(max = 20, message = "{commitment.officeCode.size}")
        String officeCode,

        @NotNull(message = "{commitment.role.required}") SignatoryRole role,

        @NotNull(message = "{commitment.signedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate signedOn,

        @Size(max = 500, message = "{commitment.note.size}") String note) {}
