package id.rancang.analysis;

import java.util.List;

/** Rates some or all sub-elements at once; sub-elements not listed keep their rating. */
public record RatingsCommand(List<Rating> ratings) {

    /**
     * One sub-element's rating. With the {@code version} its writer read (-1: it had no rating
     * yet) the change is refused when someone else rated it meanwhile; without, it replaces.
     */
    public record Rating(String subElement, Integer current, Integer required, String note, Long version) {

        public Rating(String subElement, Integer current, Integer required, String note) {
            this(subElement, current, required, note, null);
        }
    }
}
