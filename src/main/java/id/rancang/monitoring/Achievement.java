package id.rancang.monitoring;

import id.rancang.strategy.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The arithmetic of the performance report. Achievement of an indicator is actual / target × 100
 * when higher is better and (2 − actual / target) × 100 when lower is better; the share of
 * programmes running is those running or done over all programmes.
 */
public final class Achievement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int RATIO_SCALE = 10;

    private Achievement() {}

    /**
     * Achievement in percent with two decimals, or null when there is no actual value, no target
     * or a target of zero (a ratio to nothing means nothing).
     */
    public static BigDecimal percent(Direction direction, BigDecimal target, BigDecimal actual) {
        if (direction == null || target == null || actual == null || target.signum() == 0) {
            return null;
        }
        BigDecimal ratio = actual.divide(target, RATIO_SCALE, RoundingMode.HALF_UP);
        BigDecimal factor = direction == Direction.HIGHER_IS_BETTER ? ratio : TWO.subtract(ratio);
        return factor.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** The share (0..1, four decimals) of statuses running or done; zero of nothing is zero. */
    public static BigDecimal runningShare(Collection<ProgressStatus> statuses) {
        if (statuses.isEmpty()) {
            return BigDecimal.ZERO.setScale(4);
        }
        long running = statuses.stream()
                .filter(Objects::nonNull)
                .filter(ProgressStatus::isRunningOrDone)
                .count();
        return BigDecimal.valueOf(running).divide(BigDecimal.valueOf(statuses.size()), 4, RoundingMode.HALF_UP);
    }

    /** The mean of the values present (two decimals), or null when there are none. */
    public static BigDecimal average(Collection<BigDecimal> values) {
        var present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }

    /** {@code part} of {@code whole} in percent with two decimals; null when the whole is zero. */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
