package id.rancang.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A programme (or activity) of a masterplan's action plan. Its costs hold one whole-rupiah amount
 * per execution year, so {@code costs.size() == durationYears}; {@code startYear} may be left open
 * for the roadmap to decide. {@code dependsOn} names the prerequisite programmes by code; {@code goalIds} and
 * {@code problemIds} are the goals it serves and the problems (of the analysis) it answers.
 */
public record Programme(
        long id,
        long masterplanId,
        String code,
        String name,
        String description,
        String dimension,
        String subDimension,
        String ownerOffice,
        List<String> supportingOffices,
        String innovation,
        InnovationType innovationType,
        Horizon horizon,
        Integer startYear,
        int durationYears,
        List<Long> costs,
        FundingSource fundingSource,
        BigDecimal value,
        boolean mandatory,
        Integer earliestStartYear,
        Integer latestEndYear,
        List<String> dependsOn,
        List<Long> goalIds,
        List<Long> problemIds,
        ProgrammeStatus status,
        boolean quickWin,
        QuickWin quickWinDetails,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public long totalCost() {
        return costs.stream().mapToLong(Long::longValue).sum();
    }

    /** The last execution year, when the start year is set. */
    public Integer endYear() {
        return startYear == null ? null : startYear + durationYears - 1;
    }

    /** The cost in calendar {@code year}; zero outside the execution years or when not scheduled. */
    public long costIn(int year) {
        if (startYear == null || year < startYear || year > endYear()) {
            return 0;
        }
        return costs.get(year - startYear);
    }
}
