package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.rancang.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AhpTests {

    @Test
    void aPerfectlyConsistentMatrixGivesItsRatiosAsWeightsAndNoInconsistency() {
        double[][] matrix = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};

        Ahp.Result result = Ahp.analyse(matrix);

        assertThat(result.weights()[0]).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(result.weights()[1]).isCloseTo(2 / 7.0, within(1e-9));
        assertThat(result.weights()[2]).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(result.lambdaMax()).isCloseTo(3, within(1e-9));
        assertThat(result.consistencyRatio()).isCloseTo(0, within(1e-9));
        assertThat(result.consistent()).isTrue();
    }

    @Test
    void matchesSaatysTextbookExample() {
        double[][] matrix = {{1, 3, 5}, {1 / 3.0, 1, 3}, {1 / 5.0, 1 / 3.0, 1}};

        Ahp.Result result = Ahp.analyse(matrix);

        assertThat(result.weights()[0]).isCloseTo(0.637, within(0.001));
        assertThat(result.weights()[1]).isCloseTo(0.258, within(0.001));
        assertThat(result.weights()[2]).isCloseTo(0.105, within(0.001));
        assertThat(result.lambdaMax()).isCloseTo(3.0385, within(0.0005));
        assertThat(result.consistencyIndex()).isCloseTo(0.0193, within(0.0005));
        assertThat(result.consistencyRatio()).isCloseTo(0.0332, within(0.001));
        assertThat(result.consistent()).isTrue();
    }

    @Test
    void weightsSumToOne() {
        double[][] matrix = Ahp.completeReciprocals(new double[][] {
            {1, 3, 5, 7, 2, 4}, {0, 1, 3, 5, 1 / 2.0, 2}, {0, 0, 1, 3, 1 / 4.0, 1},
            {0, 0, 0, 1, 1 / 6.0, 1 / 3.0}, {0, 0, 0, 0, 1, 3}, {0, 0, 0, 0, 0, 1}
        });

        double sum = 0;
        for (double w : Ahp.analyse(matrix).weights()) {
            sum += w;
        }

        assertThat(sum).isCloseTo(1, within(1e-9));
    }

    @Test
    void flagsCircularJudgementsAndNamesTheLeastConsistentOne() {
        // A ≫ B, B ≫ C, but C ≫ A: no weights can honour all three.
        double[][] matrix = {{1, 9, 1 / 9.0}, {1 / 9.0, 1, 9}, {9, 1 / 9.0, 1}};

        Ahp.Result result = Ahp.analyse(matrix);

        assertThat(result.consistencyRatio()).isGreaterThan(Ahp.CONSISTENCY_LIMIT);
        assertThat(result.consistent()).isFalse();
        assertThat(result.leastConsistent()).isNotEmpty();
        assertThat(result.leastConsistent().get(0).deviation()).isGreaterThan(1);
    }

    @Test
    void findsTheOneJudgementThatSpoilsAnOtherwiseConsistentMatrix() {
        double[][] matrix =
                Ahp.completeReciprocals(new double[][] {{1, 2, 4, 8}, {0, 1, 2, 4}, {0, 0, 1, 1 / 8.0}, {0, 0, 0, 1}});

        Ahp.Result result = Ahp.analyse(matrix);

        Ahp.Judgement worst = result.leastConsistent().get(0);
        assertThat(worst.row()).isEqualTo(2);
        assertThat(worst.column()).isEqualTo(3);
    }

    @Test
    void usesSaatysRandomIndex() {
        assertThat(Ahp.RANDOM_INDEX[3]).isEqualTo(0.58);
        assertThat(Ahp.RANDOM_INDEX[6]).isEqualTo(1.24);
        assertThat(Ahp.RANDOM_INDEX[10]).isEqualTo(1.49);
    }

    @Test
    void refusesAMatrixThatIsNotReciprocal() {
        double[][] matrix = {{1, 3}, {3, 1}};

        assertThatThrownBy(() -> Ahp.analyse(matrix))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .containsExactly("pairwise[0][1]"));
    }

    @Test
    void refusesValuesOffTheScaleOrNotPositive() {
        assertThatThrownBy(() -> Ahp.analyse(new double[][] {{1, 12}, {1 / 12.0, 1}}))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ahp.analyse(new double[][] {{1, 0}, {0, 1}}))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ahp.analyse(new double[][] {{1, 2.5}, {0.4, 1}}))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ahp.analyse(new double[][] {{2, 1}, {1, 1}}))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesAMatrixOfTheWrongShape() {
        assertThatThrownBy(() -> Ahp.analyse(new double[][] {{1, 2}, {0.5}})).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ahp.analyse(new double[0][0])).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ahp.analyse(new double[11][11])).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptsRoundedReciprocals() {
        assertThat(Ahp.onScale(0.333)).isTrue();
        assertThat(Ahp.onScale(0.14)).isTrue();
        assertThat(Ahp.onScale(9)).isTrue();
        assertThat(Ahp.onScale(10)).isFalse();
    }
}
