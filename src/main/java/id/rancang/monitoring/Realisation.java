package id.rancang.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The actual value of an indicator in a year, with a note and a link to the evidence; its version
 * counts the saves, so that a change made on an older version is refused.
 */
public record Realisation(
        long indicatorId,
        int year,
        BigDecimal value,
        String note,
        String evidenceUrl,
        String updatedBy,
        Instant updatedAt,
        long version) {}
