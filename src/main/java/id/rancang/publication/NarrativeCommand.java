package id.rancang.publication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * New text for a chapter. {@code version} is the version the writer started from (0 for a first
 * text); leaving it out overwrites whatever stands, which only the API's simple clients do.
 */
public record NarrativeCommand(@NotNull @Size(max = 200_000) String text, Long version) {}
