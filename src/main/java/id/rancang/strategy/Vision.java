package id.rancang.strategy;

import java.util.List;

/** The smart city vision of a masterplan and its missions, in order. */
public record Vision(long masterplanId, String statement, List<String> missions, Long version) {

    public static Vision empty(long masterplanId) {
        return new Vision(masterplanId, null, List.of(), null);
    }
}
