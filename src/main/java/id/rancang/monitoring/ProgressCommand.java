package id.rancang.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Records a programme's status, % complete (0–100) and budget realised (whole rupiah) in a year.
 * With the version the writer saw (0: none reported yet) the change is refused when someone else
 * saved meanwhile; without it, it replaces whatever is there.
 */
public record ProgressCommand(
        @NotNull(message = "{progress.status.required}") ProgressStatus status,

        @NotNull(message = "{progress.percentComplete.required}")
        BigDecimal percentComplete,

        Long budgetRealised,

        @PositiveOrZero(message = "{monitoring.version.range}")
        Long version) {

    public ProgressCommand(ProgressStatus status, BigDecimal percentComplete, Long budgetRealised) {
        this(status, percentComplete, budgetRealised, null);
    }
}
