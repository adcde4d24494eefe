package id.rancang.monitoring;

import id.rancang.strategy.Direction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A masterplan's implementation in a year: per dimension the share of programmes running or
 * done (0..1), the same for the whole plan, budget planned and realised, and each indicator's
 * target, actual value and achievement.
 */
public record MonitoringReport(
        int year,
        Map<String, BigDecimal> programmesRunningShare,
        BigDecimal overallRunningShare,
        long budgetPlanned,
        long budgetRealised,
        BigDecimal budgetRealisationPercent,
        BigDecimal averageAchievement,
        List<IndicatorResult> indicators,
        List<ProgrammeResult> programmes) {

    /**
     * An indicator in the year; {@code office} is the owner office of its programme, if any, and
     * {@code version} that of its realisation (0: none recorded yet).
     */
    public record IndicatorResult(
            long id,
            String name,
            String unit,
            Direction direction,
            String programmeCode,
            String office,
            BigDecimal target,
            BigDecimal actual,
            BigDecimal achievementPercent,
            String note,
            String evidenceUrl,
            String evidenceFile,
            boolean mayUpdate,
            long version) {}

    /**
     * A programme in the year; without a report its status is {@code NOT_STARTED} and its
     * {@code version} 0.
     */
    public record ProgrammeResult(
            String code,
            String name,
            String dimension,
            String ownerOffice,
            boolean quickWin,
            long budgetPlanned,
            ProgressStatus status,
            BigDecimal percentComplete,
            Long budgetRealised,
            boolean reported,
            boolean mayUpdate,
            long version) {}

    public List<ProgrammeResult> quickWins() {
        return programmes.stream().filter(ProgrammeResult::quickWin).toList();
    }
}
