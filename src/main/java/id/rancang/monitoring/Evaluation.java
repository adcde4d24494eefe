package id.rancang.monitoring;

import id.rancang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A masterplan's national evaluation of a year: scores per dimension and the weighted index. */
public record Evaluation(
        long id,
        long masterplanId,
        RegionCode regionCode,
        int year,
        BigDecimal index,
        List<Score> scores,
        Map<String, BigDecimal> dimensionScores,
        String strengths,
        String weaknesses,
        String recommendations,
        String createdBy,
        Instant createdAt,
        long version) {

    /** One evaluation dimension: its weight, the assessors' score, the region's own and its evidence. */
    public record Score(
            EvaluationDimension dimension, BigDecimal weight, BigDecimal score, BigDecimal selfScore, String evidence) {

        public String key() {
            return dimension.key();
        }
    }
}
