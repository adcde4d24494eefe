package id.rancang.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How far a programme got in a year: its status, % complete (for a quick win: its completion %)
 * and the budget realised in whole rupiah. Its version counts the saves, so that a change made on
 * an older version is refused.
 */
public record Progress(
        String programmeCode,
        int year,
        ProgressStatus status,
        BigDecimal percentComplete,
        Long budgetRealised,
        String updatedBy,
        Instant updatedAt,
        long version) {}
