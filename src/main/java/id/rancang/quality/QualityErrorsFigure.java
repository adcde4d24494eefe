package id.rancang.quality;

import id.rancang.portfolio.PortfolioFigure;
import id.rancang.programme.Programmes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Open quality-check errors per masterplan, for the national portfolio. Every error the check
 * knows concerns programmes, so one query finds the masterplans with programmes and their change
 * stamp; the check runs only for those whose programmes changed since it last ran (or after
 * {@link #MAX_AGE}, which catches changes to offices or the plan's years). A morning with 514
 * regions costs one query once the counts are warm.
 */
@Component
class QualityErrorsFigure implements PortfolioFigure {

    static final String KEY = "qualityErrors";
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final Programmes programmes;
    private final MasterplanChecks checks;
    private final Clock clock;
    private final Map<Long, Counted> counted = new ConcurrentHashMap<>();

    QualityErrorsFigure(Programmes programmes, MasterplanChecks checks, Clock clock) {
        this.programmes = programmes;
        this.checks = checks;
        this.clock = clock;
    }

    private record Counted(String stamp, Instant at, long errors) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<Long, Long> valuesFor(Collection<Long> masterplanIds) {
        Map<Long, Long> values = new HashMap<>();
        Instant now = clock.instant();
        programmes.changeStamps(masterplanIds).forEach((id, stamp) -> {
            Counted known = counted.get(id);
            if (known == null
                    || !known.stamp().equals(stamp)
                    || known.at().plus(MAX_AGE).isBefore(now)) {
                long errors = checks.check(id).stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .count();
                known = new Counted(stamp, now, errors);
                counted.put(id, known);
            }
            if (known.errors() > 0) {
                values.put(id, known.errors());
            }
        });
        return values;
    }
}
