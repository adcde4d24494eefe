package id.rancang.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Sets the vision and its missions; {@code version} is the one read (absent the first time). */
public record VisionCommand(
        @NotBlank(message = "{vision.statement.required}") @Size(max = 2000, message = "{vision.statement.size}")
        String statement,

        List<@Size(max = 1000, message = "{vision.mission.size}") String> missions,
        Long version) {}
