package id.rancang.analysis;

/**
 * Records or changes an existing initiative; checked by {@link Initiatives}. {@code status}
 * defaults to operational; {@code version} is the one read when changing.
 */
public record InitiativeCommand(
        String name,
        String description,
        String ownerOffice,
        String dimension,
        String subDimension,
        InitiativeType type,
        InitiativeStatus status,
        String spbeService,
        Long version) {}
