package id.rancang.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

/** The actual value of an indicator in a year, with a note and a link to the evidence. */
public record Realisation(
        long indicatorId,
        int year,
        BigDecimal value,
        String note,
        String evidenceUrl,
        String updatedBy,
        Instant updatedAt) {}
