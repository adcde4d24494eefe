package id.rancang.portfolio;

import java.time.Instant;
import java.util.Map;

/** One region's masterplan in the national portfolio. */
public record PortfolioEntry(
        String regionCode,
        String regionName,
        String provinceCode,
        String provinceName,
        long masterplanId,
        String title,
        int cohortYear,
        int stage,
        int outputsDone,
        int outputsTotal,
        Map<String, Long> figures,
        Instant lastActivity) {}
