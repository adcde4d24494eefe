package id.rancang.strategy;

import java.time.Instant;

/**
 * A smart city goal (tujuan) in one dimension, with its target (sasaran) and the strategy to
 * reach it.
 */
public record Goal(
        long id,
        long masterplanId,
        String dimension,
        String statement,
        String target,
        String strategy,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
