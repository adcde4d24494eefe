package id.rancang.programme;

import java.util.List;
import java.util.Map;

/**
 * A masterplan's prioritisation criteria, the judgements and what AHP makes of them: a weight per
 * criterion code, λmax, CI, CR and, when CR exceeds 0.10, the judgements to reconsider first; the
 * version counts the saves (0: the defaults, nothing saved yet).
 */
public record Weighting(
        List<Criterion> criteria,
        double[][] pairwise,
        Map<String, Double> weights,
        double lambdaMax,
        double consistencyIndex,
        double consistencyRatio,
        boolean consistent,
        List<Ahp.Judgement> leastConsistent,
        boolean defaults,
        long version) {}
