package id.rancang.analysis;

import java.util.List;

/** Rates some or all sub-elements at once; sub-elements not listed keep their rating. */
public record RatingsCommand(List<Rating> ratings) {

    public record Rating(String subElement, Integer current, Integer required, String note) {}
}
