package id.rancang.monitoring;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Records a programme's status, % complete (0–100) and budget realised (whole rupiah) in a year. */
public record ProgressCommand(
        @NotNull(message = "{progress.status.required}") ProgressStatus status,

        @NotNull(message = "{progress.percentComplete.required}")
        BigDecimal percentComplete,

        Long budgetRealised) {}
