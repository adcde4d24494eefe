package id.rancang.publication;

import java.time.Instant;

/**
 * A frozen moment of a masterplan ("Draf Tahap III", "Final") with its books. Immutable once
 * approved; a later approved version supersedes it.
 */
public record Version(
        long id,
        long masterplanId,
        String label,
        Instant createdAt,
        String createdBy,
        VersionStatus status,
        Instant approvedAt,
        String approvedBy,
        String approvalNote,
        Long supersededBy) {}
