package id.rancang.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creates or changes a goal; the dimension is checked against the masterplan's framework. */
public record GoalCommand(
        @NotBlank(message = "{goal.dimension.required}") String dimension,

        @NotBlank(message = "{goal.statement.required}") @Size(max = 1000, message = "{goal.statement.size}")
        String statement,

        @Size(max = 1000, message = "{goal.target.size}") String target,
        @Size(max = 2000, message = "{goal.strategy.size}") String strategy,
        Long version) {}
