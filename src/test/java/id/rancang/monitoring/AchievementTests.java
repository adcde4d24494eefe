package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.strategy.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AchievementTests {

    @Test
    void higherIsBetterDividesTheActualByTheTarget() {
        assertThat(Achievement.percent(Direction.HIGHER_IS_BETTER, new BigDecimal("12"), new BigDecimal("10")))
                .isEqualByComparingTo("83.33");
        assertThat(Achievement.percent(Direction.HIGHER_IS_BETTER, new BigDecimal("80"), new BigDecimal("100")))
                .isEqualByComparingTo("125.00");
    }

    @Test
    void lowerIsBetterTakesTheRatioFromTwo() {
        // Target 20 % stunting, actual 18 %: (2 − 0.9) × 100 = 110 %.
        assertThat(Achievement.percent(Direction.LOWER_IS_BETTER, new BigDecimal("20"), new BigDecimal("18")))
                .isEqualByComparingTo("110.00");
        assertThat(Achievement.percent(Direction.LOWER_IS_BETTER, new BigDecimal("20"), new BigDecimal("25")))
                .isEqualByComparingTo("75.00");
    }

    @Test
    void noTargetNoActualOrAZeroTargetGivesNoAchievement() {
        assertThat(Achievement.percent(Direction.HIGHER_IS_BETTER, null, BigDecimal.ONE))
                .isNull();
        assertThat(Achievement.percent(Direction.HIGHER_IS_BETTER, BigDecimal.ONE, null))
                .isNull();
        assertThat(Achievement.percent(Direction.LOWER_IS_BETTER, BigDecimal.ZERO, BigDecimal.ONE))
                .isNull();
    }

    @Test
    void tenOfTwelveProgrammesRunningIsEightyThreePointThreeThreePercent() {
        List<ProgressStatus> statuses = new ArrayList<>();
        statuses.addAll(Collections.nCopies(4, ProgressStatus.ON_TRACK));
        statuses.addAll(Collections.nCopies(3, ProgressStatus.AT_RISK));
        statuses.addAll(Collections.nCopies(2, ProgressStatus.DELAYED));
        statuses.add(ProgressStatus.DONE);
        statuses.add(ProgressStatus.NOT_STARTED);
        statuses.add(ProgressStatus.CANCELLED);

        BigDecimal share = Achievement.runningShare(statuses);

        assertThat(share).isEqualByComparingTo("0.8333");
        assertThat(share.movePointRight(2)).isEqualByComparingTo("83.33");
    }

    @Test
    void noProgrammesMeansAShareOfZero() {
        assertThat(Achievement.runningShare(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void averagesOnlyTheAchievementsPresent() {
        assertThat(Achievement.average(java.util.Arrays.asList(new BigDecimal("80"), null, new BigDecimal("100"))))
                .isEqualByComparingTo("90.00");
        assertThat(Achievement.average(List.of())).isNull();
    }

    @Test
    void budgetRealisationIsAShareOfThePlannedBudget() {
        assertThat(Achievement.share(750_000_000L, 1_000_000_000L)).isEqualByComparingTo("75.00");
        assertThat(Achievement.share(5, 0)).isNull();
    }
}
