package id.rancang.bimtek;

import java.time.Instant;

/**
 * How far a masterplan's Bimtek is, for the national portfolio; {@code cohortYear} is null when
 * nobody has set it yet.
 */
public record BimtekProgress(
        long masterplanId, int outputsDone, int outputsTotal, Instant lastActivity, Integer cohortYear) {}
