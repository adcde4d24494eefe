package id.rancang.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Records the actual value of an indicator in a year; the evidence is a web link. With the version
 * the writer saw (0: none recorded yet) the change is refused when someone else saved meanwhile;
 * without it, it replaces whatever is there.
 */
public record RealisationCommand(
        @NotNull(message = "{realisation.value.required}") BigDecimal value,

        @Size(max = 1000, message = "{realisation.note.size}")
        String note,

        @Size(max = 500, message = "{realisation.evidenceUrl.size}")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "{realisation.evidenceUrl.format}")
        String evidenceUrl,

        @PositiveOrZero(message = "{monitoring.version.range}")
        Long version) {

    public RealisationCommand(BigDecimal value, String note) {
        this(value, note, null, null);
    }

    public RealisationCommand(BigDecimal value, String note, String evidenceUrl) {
        this(value, note, evidenceUrl, null);
    }
}
