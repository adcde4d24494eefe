package id.rancang.monitoring;

import id.rancang.shared.InvalidInputException.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic and checks of the national evaluation: weights are non-negative and sum to 1
 * (within 0.001), scores lie between 0 and 5, and the index is the weighted sum of the scores.
 */
public final class EvaluationRules {

    static final BigDecimal TOLERANCE = new BigDecimal("0.001");
    static final BigDecimal MAX_SCORE = BigDecimal.valueOf(5);

    /** The weights seen in recent national evaluations (GUIDE §10): 10, 20, 30, 20 and 20 %. */
    public static final Map<EvaluationDimension, BigDecimal> DEFAULT_WEIGHTS = Map.of(
            EvaluationDimension.BASELINE, new BigDecimal("0.10"),
            EvaluationDimension.OUTPUT, new BigDecimal("0.20"),
            EvaluationDimension.OUTCOME, new BigDecimal("0.30"),
            EvaluationDimension.IMPACT, new BigDecimal("0.20"),
            EvaluationDimension.QUICK_WIN, new BigDecimal("0.20"));

    private EvaluationRules() {}

    /**
     * Reads the five weights of {@code given} (keyed "baseline" … "quick_win") into {@code into},
     * adding a problem under {@code field} for each missing, unknown or negative one, and one for
     * a sum other than 1.
     */
    public static void checkWeights(
            String field,
            Map<String, BigDecimal> given,
            Map<EvaluationDimension, BigDecimal> into,
            List<FieldProblem> problems) {
        int before = problems.size();
        readFive(field, given, into, problems, false);
        if (problems.size() > before) {
            return;
        }
        BigDecimal sum = into.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
            problems.add(new FieldProblem(field, "evaluation.weights.sum", new Object[] {sum}));
        }
    }

    /** Reads the five scores (0–5) of {@code given}; {@code optional} allows some to be left out. */
    public static void checkScores(
            String field,
            Map<String, BigDecimal> given,
            Map<EvaluationDimension, BigDecimal> into,
            List<FieldProblem> problems,
            boolean optional) {
        readFive(field, given, into, problems, optional);
    }

    /** A score from 0 to 5 with at most two decimals, as scores are kept. */
    public static boolean scoreInRange(BigDecimal score) {
        return score != null
                && score.signum() >= 0
                && score.compareTo(MAX_SCORE) <= 0
                && score.stripTrailingZeros().scale() <= 2;
    }

    /** Σ weight × score, four decimals. */
    public static BigDecimal index(
            Map<EvaluationDimension, BigDecimal> weights, Map<EvaluationDimension, BigDecimal> scores) {
        BigDecimal index = BigDecimal.ZERO;
        for (EvaluationDimension d : EvaluationDimension.values()) {
            BigDecimal w = weights.getOrDefault(d, BigDecimal.ZERO);
            BigDecimal s = scores.getOrDefault(d, BigDecimal.ZERO);
            index = index.add(w.multiply(s));
        }
        return index.setScale(4, RoundingMode.HALF_UP);
    }

    private static void readFive(
            String field,
            Map<String, BigDecimal> given,
            Map<EvaluationDimension, BigDecimal> into,
            List<FieldProblem> problems,
            boolean optional) {
        boolean weights = field.startsWith("weights");
        if (given == null) {
            if (!optional) {
                problems.add(new FieldProblem(field, "evaluation." + kind(weights) + ".required", new Object[0]));
            }
            return;
        }
        Map<EvaluationDimension, BigDecimal> byDimension = byDimension(field, given, problems);
        Map<EvaluationDimension, BigDecimal> read = new EnumMap<>(EvaluationDimension.class);
        for (EvaluationDimension d : EvaluationDimension.values()) {
            BigDecimal value = byDimension.get(d);
            String path = field + "." + d.key();
            if (value == null) {
                if (!optional) {
                    problems.add(new FieldProblem(path, "evaluation." + kind(weights) + ".required", new Object[0]));
                }
            } else if (weights && value.signum() < 0) {
                problems.add(new FieldProblem(path, "evaluation.weights.negative", new Object[0]));
            } else if (weights && value.stripTrailingZeros().scale() > 4) {
                problems.add(new FieldProblem(path, "evaluation.weights.precision", new Object[0]));
            } else if (!weights && !scoreInRange(value)) {
                problems.add(new FieldProblem(path, "evaluation.scores.range", new Object[0]));
            } else {
                read.put(d, value);
            }
        }
        into.putAll(read);
    }

    /**
     * The values of {@code given} per evaluation dimension, keyed as documents write them
     * ("baseline") or as the API lists them ("BASELINE"); a problem under {@code field} for each
     * unknown key and each dimension given twice.
     */
    public static <T> Map<EvaluationDimension, T> byDimension(
            String field, Map<String, T> given, List<FieldProblem> problems) {
        Map<EvaluationDimension, T> byDimension = new EnumMap<>(EvaluationDimension.class);
        given.forEach((key, value) -> {
            Optional<EvaluationDimension> dimension = EvaluationDimension.ofKey(key);
            if (dimension.isEmpty()) {
                problems.add(new FieldProblem(field + "." + key, "evaluation.dimension.unknown", new Object[] {key}));
            } else if (byDimension.containsKey(dimension.get())) {
                problems.add(new FieldProblem(
                        field + "." + dimension.get().key(), "evaluation.dimension.twice", new Object[] {key}));
            } else {
                byDimension.put(dimension.get(), value);
            }
        });
        return byDimension;
    }

    private static String kind(boolean weights) {
        return weights ? "weights" : "scores";
    }
}
