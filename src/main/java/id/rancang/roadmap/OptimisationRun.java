package id.rancang.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One optimisation of a masterplan's roadmap: what was asked, where the run is, and, once it has
 * finished, the proven-best (or best found) schedule beside the greedy baseline, with the spending
 * of each year against its ceiling.
 */
public record OptimisationRun(
        long id,
        long masterplanId,
        Long scenarioId,
        State state,
        OptimiseCommand request,
        Instant startedAt,
        Instant finishedAt,
        String startedBy,
        Long progressObjective,
        Long progressBound,
        Result result) {

    public enum State {
        RUNNING,
        CANCELLING,
        DONE,
        CANCELLED,
        FAILED
    }

    public boolean finished() {
        return state == State.DONE || state == State.CANCELLED || state == State.FAILED;
    }

    /** The answer of a finished run. */
    public record Result(
            RoadmapSolution.Status status,
            Long objective,
            Long bestBound,
            Long greedyObjective,
            Map<String, Integer> schedule,
            List<String> unscheduled,
            long solveMillis,
            List<Reason> reasons,
            List<BudgetChart.Year> years) {

        public double gap() {
            return RoadmapSolution.gap(objective, bestBound);
        }
    }
}
