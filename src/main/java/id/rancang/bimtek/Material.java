package id.rancang.bimtek;

import java.time.Instant;

/** A file handed out or shown in a session: slides, a handout, a scan of the signed attendance sheet. */
public record Material(
        long id,
        long sessionId,
        String filename,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
