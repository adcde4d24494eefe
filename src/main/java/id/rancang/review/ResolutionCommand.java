package id.rancang.review;

import jakarta.validation.constraints.NotNull;

/** Resolves ({@code true}) or reopens ({@code false}) a thread; {@code version} guards against a stale view. */
public record ResolutionCommand(
        @NotNull(message = "{review.resolved.required}") Boolean resolved, Long version) {}
