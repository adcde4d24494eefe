package id.rancang.programme;

import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Saaty's Analytic Hierarchy Process for criterion weights: a reciprocal pairwise comparison
 * matrix on the 1–9 scale, weights from its normalised principal eigenvector, λmax, the
 * consistency index CI = (λmax − n)/(n − 1) and the consistency ratio CR = CI/RI with Saaty's
 * random index. Judgements are ratios, not money, so doubles are fine here.
 */
public final class Ahp {

    /** Saaty's random index for n = 1..10. */
    static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

    public static final int MAX_CRITERIA = 10;
    public static final double CONSISTENCY_LIMIT = 0.10;

    private static final double SCALE_TOLERANCE = 0.03;
    private static final double RECIPROCAL_TOLERANCE = 0.05;
    private static final int MAX_ITERATIONS = 10_000;

    private Ahp() {}

    /** The weights and consistency of a comparison matrix. */
    public record Result(
            double[] weights,
            double lambdaMax,
            double consistencyIndex,
            double consistencyRatio,
            boolean consistent,
            List<Judgement> leastConsistent) {}

    /**
     * A judgement (row criterion compared with column criterion), with the ratio the weights imply
     * and how far apart the two are (1 = perfectly consistent).
     */
    public record Judgement(int row, int column, double given, double implied, double deviation) {}

    public static Result analyse(double[][] matrix) {
        validate(matrix);
        int n = matrix.length;
        double[] weights = principalEigenvector(matrix);
        double lambdaMax = lambdaMax(matrix, weights);
        double ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
        double ri = RANDOM_INDEX[n];
        double cr = ri == 0 ? 0 : ci / ri;
        return new Result(weights, lambdaMax, ci, cr, cr <= CONSISTENCY_LIMIT, leastConsistent(matrix, weights));
    }

    /** Checks size, positivity, the 1/9–9 scale, ones on the diagonal and reciprocity. */
    static void validate(double[][] matrix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (matrix == null || matrix.length == 0 || matrix.length > MAX_CRITERIA) {
            throw InvalidInputException.of("pairwise", "ahp.size", MAX_CRITERIA);
        }
        int n = matrix.length;
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw InvalidInputException.of("pairwise[" + i + "]", "ahp.notSquare", n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String field = "pairwise[" + i + "][" + j + "]";
                double value = matrix[i][j];
                if (!(value > 0) || Double.isInfinite(value)) {
                    problems.add(new FieldProblem(field, "ahp.positive", new Object[0]));
                } else if (i == j && Math.abs(value - 1) > 1e-9) {
                    problems.add(new FieldProblem(field, "ahp.diagonal", new Object[0]));
                } else if (!onScale(value)) {
                    problems.add(new FieldProblem(field, "ahp.scale", new Object[0]));
                } else if (j > i && matrix[j][i] > 0 && Math.abs(value * matrix[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    problems.add(new FieldProblem(field, "ahp.reciprocal", new Object[] {j, i}));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** 1..9, or the reciprocal of one of them (0.333 counts as 1/3, 0.14 as 1/7). */
    static boolean onScale(double value) {
        double whole = value >= 1 ? value : 1 / value;
        return whole <= 9 + SCALE_TOLERANCE && Math.abs(whole - Math.rint(whole)) <= SCALE_TOLERANCE * whole;
    }

    /** Fills the lower triangle with reciprocals of the upper one, as the grid does for the user. */
    public static double[][] completeReciprocals(double[][] upper) {
        int n = upper.length;
        double[][] full = new double[n][n];
        for (int i = 0; i < n; i++) {
            full[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                full[i][j] = upper[i][j];
                full[j][i] = 1 / upper[i][j];
            }
        }
        return full;
    }

    static double[] principalEigenvector(double[][] matrix) {
        int n = matrix.length;
        double[] vector = new double[n];
        java.util.Arrays.fill(vector, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = multiply(matrix, vector);
            double sum = 0;
            for (double v : next) {
                sum += v;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - vector[i]));
            }
            vector = next;
            if (change < 1e-13) {
                break;
            }
        }
        return vector;
    }

    private static double lambdaMax(double[][] matrix, double[] weights) {
        double[] product = multiply(matrix, weights);
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += product[i] / weights[i];
        }
        return sum / weights.length;
    }

    private static List<Judgement> leastConsistent(double[][] matrix, double[] weights) {
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < matrix.length; i++) {
            for (int j = i + 1; j < matrix.length; j++) {
                double implied = weights[i] / weights[j];
                double ratio = matrix[i][j] / implied;
                judgements.add(new Judgement(i, j, matrix[i][j], implied, Math.max(ratio, 1 / ratio)));
            }
        }
        return judgements.stream()
                .sorted(Comparator.comparingDouble(Judgement::deviation).reversed())
                .limit(3)
                .toList();
    }

    private static double[] multiply(double[][] matrix, double[] vector) {
        double[] result = new double[vector.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < vector.length; j++) {
                result[i] += matrix[i][j] * vector[j];
            }
        }
        return result;
    }
}
