package id.rancang.analysis;

import java.time.Instant;

/**
 * An application, infrastructure, policy or service already running in the region, recorded so
 * that new programmes build on it instead of duplicating it.
 */
public record Initiative(
        long id,
        long masterplanId,
        String name,
        String description,
        String ownerOffice,
        String dimension,
        String subDimension,
        InitiativeType type,
        InitiativeStatus status,
        String spbeService,
        SourceReference source,
        Instant updatedAt,
        long version) {}
