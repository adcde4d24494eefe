package id.rancang.strategy;

import java.util.Optional;

/**
 * What an alignment item is. RPJMD items form a tree (mission → goal → programme) and an office's
 * Renstra programme belongs to an RPJMD programme; RPJMN and SPBE references stand alone.
 */
public enum AlignmentKind {
    RPJMD_MISSION,
    RPJMD_GOAL,
    RPJMD_PROGRAMME,
    RENSTRA_PROGRAMME,
    RPJMN,
    SPBE;

    /** The kind of this kind's parent, if it has one. */
    public Optional<AlignmentKind> parentKind() {
        return switch (this) {
            case RPJMD_GOAL -> Optional.of(RPJMD_MISSION);
            case RPJMD_PROGRAMME -> Optional.of(RPJMD_GOAL);
            case RENSTRA_PROGRAMME -> Optional.of(RPJMD_PROGRAMME);
            default -> Optional.empty();
        };
    }
}
