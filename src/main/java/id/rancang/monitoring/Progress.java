package id.rancang.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How far a programme got in a year: its status, % complete (for a quick win: its completion %)
 * and the budget realised in whole rupiah.
 */
public record Progress(
        String programmeCode,
        int year,
        ProgressStatus status,
        BigDecimal percentComplete,
        Long budgetRealised,
        String updatedBy,
        Instant updatedAt) {}
