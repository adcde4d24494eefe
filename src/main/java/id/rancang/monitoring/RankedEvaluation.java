package id.rancang.monitoring;

import java.math.BigDecimal;

/** A region's place in the national ranking of a year (1 is best; equal indices share a rank). */
public record RankedEvaluation(String regionCode, long masterplanId, long evaluationId, BigDecimal index, int rank) {}
