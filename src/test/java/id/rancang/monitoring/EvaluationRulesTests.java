package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.InvalidInputException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationRulesTests {

    private static Map<String, BigDecimal> five(String b, String o, String oc, String i, String q) {
        return Map.of(
                "baseline", new BigDecimal(b),
                "output", new BigDecimal(o),
                "outcome", new BigDecimal(oc),
                "impact", new BigDecimal(i),
                "quick_win", new BigDecimal(q));
    }

    @Test
    void theIndexIsTheWeightedSumOfTheScores() {
        Map<EvaluationDimension, BigDecimal> weights = new EnumMap<>(EvaluationDimension.class);
        Map<EvaluationDimension, BigDecimal> scores = new EnumMap<>(EvaluationDimension.class);
        List<FieldProblem> problems = new ArrayList<>();
        EvaluationRules.checkWeights("weights", five("0.1", "0.2", "0.3", "0.2", "0.2"), weights, problems);
        EvaluationRules.checkScores("scores", five("3", "3.5", "3", "3.5", "3.4"), scores, problems, false);

        assertThat(problems).isEmpty();
        // 0.3 + 0.7 + 0.9 + 0.7 + 0.68 = 3.28
        assertThat(EvaluationRules.index(weights, scores)).isEqualByComparingTo("3.28");
    }

    @Test
    void weightsMustSumToOneWithinOneThousandth() {
        List<FieldProblem> problems = new ArrayList<>();
        EvaluationRules.checkWeights(
                "weights", five("0.1", "0.2", "0.3", "0.2", "0.1"), new EnumMap<>(EvaluationDimension.class), problems);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("weights");

        List<FieldProblem> none = new ArrayList<>();
        EvaluationRules.checkWeights(
                "weights", five("0.1", "0.2", "0.3", "0.2", "0.2005"), new EnumMap<>(EvaluationDimension.class), none);
        assertThat(none).isEmpty();
    }

    @Test
    void negativeWeightsAndScoresOutsideZeroToFiveAreNamed() {
        List<FieldProblem> problems = new ArrayList<>();
        EvaluationRules.checkWeights(
                "weights",
                five("-0.1", "0.3", "0.4", "0.2", "0.2"),
                new EnumMap<>(EvaluationDimension.class),
                problems);
        EvaluationRules.checkScores(
                "scores", five("3", "5.1", "-1", "0", "5"), new EnumMap<>(EvaluationDimension.class), problems, false);

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("weights.baseline", "scores.output", "scores.outcome");
    }

    @Test
    void weightsAndScoresWithMoreDecimalsThanAreKeptAreRefusedNotRounded() {
        List<FieldProblem> problems = new ArrayList<>();
        EvaluationRules.checkWeights(
                "weights",
                five("0.12345", "0.2", "0.3", "0.2", "0.17655"),
                new EnumMap<>(EvaluationDimension.class),
                problems);
        EvaluationRules.checkScores(
                "scores",
                five("3.125", "3.50", "3", "4", "5"),
                new EnumMap<>(EvaluationDimension.class),
                problems,
                false);

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("weights.baseline", "weights.quick_win", "scores.baseline");
    }

    @Test
    void missingAndUnknownDimensionsAreNamed() {
        List<FieldProblem> problems = new ArrayList<>();
        EvaluationRules.checkScores(
                "scores",
                Map.of("baseline", BigDecimal.ONE, "culture", BigDecimal.ONE),
                new EnumMap<>(EvaluationDimension.class),
                problems,
                false);

        assertThat(problems)
                .extracting(FieldProblem::field)
                .contains("scores.culture", "scores.output", "scores.quick_win");
    }
}
