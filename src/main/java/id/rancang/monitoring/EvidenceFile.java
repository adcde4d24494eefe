package id.rancang.monitoring;

import java.time.Instant;

/** A file attached as evidence of an indicator's actual value in a year. */
public record EvidenceFile(
        String filename, String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {}
