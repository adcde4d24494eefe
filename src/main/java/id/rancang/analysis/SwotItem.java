package id.rancang.analysis;

import java.time.Instant;

/** One strength, weakness, opportunity or threat of a readiness sub-element. */
public record SwotItem(
        long id, String subElement, SwotKind kind, String text, String dimension, Instant updatedAt, long version) {}
