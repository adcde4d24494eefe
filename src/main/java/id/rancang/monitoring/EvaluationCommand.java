package id.rancang.monitoring;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An evaluation of a masterplan for a year: the five weights (left out: that year's national
 * weights) and the assessors' five scores (0–5), keyed "baseline", "output", "outcome", "impact"
 * and "quick_win"; optionally the region's own scores ({@code selfAssessment}) and evidence per
 * evaluation dimension, scores per smart city dimension, and the written findings. When an
 * evaluation is corrected, {@code version} is the version that was read.
 */
public record EvaluationCommand(
        Integer year,
        Map<String, BigDecimal> weights,
        Map<String, BigDecimal> scores,
        Map<String, BigDecimal> selfAssessment,
        Map<String, @Size(max = 1000, message = "{evaluation.evidence.size}") String> evidence,
        Map<String, BigDecimal> dimensionScores,

        @Size(max = 4000, message = "{evaluation.text.size}")
        String strengths,

        @Size(max = 4000, message = "{evaluation.text.size}")
        String weaknesses,

        @Size(max = 4000, message = "{evaluation.text.size}")
        String recommendations,

        Long version) {

    public EvaluationCommand(
            Integer year,
            Map<String, BigDecimal> weights,
            Map<String, BigDecimal> scores,
            Map<String, BigDecimal> selfAssessment,
            Map<String, String> evidence,
            Map<String, BigDecimal> dimensionScores,
            String strengths,
            String weaknesses,
            String recommendations) {
        this(
                year,
                weights,
                scores,
                selfAssessment,
                evidence,
                dimensionScores,
                strengths,
                weaknesses,
                recommendations,
                null);
    }

    public EvaluationCommand(
            Integer year,
            Map<String, BigDecimal> weights,
            Map<String, BigDecimal> scores,
            String strengths,
            String weaknesses,
            String recommendations) {
        this(year, weights, scores, null, null, null, strengths, weaknesses, recommendations);
    }
}
