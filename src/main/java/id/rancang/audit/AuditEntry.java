package id.rancang.audit;

import java.time.Instant;

/** One recorded change; {@code before} and {@code after} are JSON snapshots (either may be null). */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String regionCode,
        String entityType,
        String entityId,
        AuditAction action,
        String before,
        String after) {}
