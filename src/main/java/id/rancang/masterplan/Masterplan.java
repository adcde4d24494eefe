package id.rancang.masterplan;

import id.rancang.shared.PlanPeriod;
import id.rancang.shared.RegionCode;
import java.time.Instant;

/**
 * A region's Smart City Masterplan for a period of 5–10 years, written against one dimension
 * framework and guided through the four Bimtek stages.
 */
public record Masterplan(
        long id,
        RegionCode regionCode,
        String framework,
        int startYear,
        int horizonYears,
        String title,
        int stage,
        MasterplanStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static final int MIN_HORIZON = 5;
    public static final int MAX_HORIZON = 10;
    public static final int STAGES = 4;

    public PlanPeriod period() {
        return PlanPeriod.of(startYear, horizonYears);
    }

    public int endYear() {
        return startYear + horizonYears - 1;
    }
}
