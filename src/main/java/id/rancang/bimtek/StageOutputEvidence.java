package id.rancang.bimtek;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Tells which expected stage outputs the data of another module shows to exist, e.g. the
 * strategy module sees a vision with missions written. Implementations answer for many
 * masterplans at once (one query or a few, whatever the number) so that the portfolio stays fast;
 * the caller has already checked that the masterplans may be read. A tick by hand overrides.
 */
public interface StageOutputEvidence {

    /** The outputs done for each of {@code masterplanIds}; missing ids have none. */
    Map<Long, Set<StageOutput>> outputsDone(Collection<Long> masterplanIds);

    /**
     * Numbers the checklist shows beside an output of one masterplan (e.g. the open review
     * comments before the books count as reviewed); none by default.
     */
    default Map<StageOutput, Long> counts(long masterplanId) {
        return Map.of();
    }
}
