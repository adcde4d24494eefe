package id.rancang.roadmap;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to a {@link RoadmapProblem}: the status of the search, the schedule (start year per
 * scheduled programme), what stayed out, the objective and the best bound the search proved, and
 * the reasons when no schedule exists.
 *
 * @param objective value-years of the schedule, or {@code null} when there is none
 * @param bestBound no schedule can be worth more than this, or {@code null} when unknown
 */
public record RoadmapSolution(
        Status status,
        Long objective,
        Long bestBound,
        Map<String, Integer> startYears,
        List<String> unscheduled,
        long solveMillis,
        List<Reason> reasons) {

    public enum Status {
        /** The schedule is proven to be the best one. */
        OPTIMAL,
        /** A valid schedule, possibly not the best; see the gap to the bound. */
        FEASIBLE,
        /** No schedule meets every rule; see the reasons. */
        INFEASIBLE,
        /** The time ran out (or the run was cancelled) before any schedule was found. */
        UNKNOWN
    }

    public RoadmapSolution {
        startYears = new TreeMap<>(startYears);
        unscheduled = List.copyOf(unscheduled);
        reasons = List.copyOf(reasons);
    }

    public boolean hasSchedule() {
        return status == Status.OPTIMAL || status == Status.FEASIBLE;
    }

    /** Relative distance between the schedule and the bound: 0 when proven optimal. */
    public double gap() {
        return gap(objective, bestBound);
    }

    static double gap(Long objective, Long bestBound) {
        if (objective == null || bestBound == null || bestBound == 0) {
            return 0;
        }
        return Math.max(0, (double) (bestBound - objective) / bestBound);
    }
}
