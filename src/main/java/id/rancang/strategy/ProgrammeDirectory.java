package id.rancang.strategy;

import java.util.Map;
import java.util.Optional;

/**
 * The programmes of a masterplan as indicators refer to them. Implemented by the programme module,
 * which depends on this one, so that the strategy does not depend on programmes.
 */
public interface ProgrammeDirectory {

    Optional<Long> idOf(long masterplanId, String code);

    Map<Long, String> codes(long masterplanId);

    /** Programme names by code, in code order. */
    Map<String, String> names(long masterplanId);
}
