package id.rancang.roadmap;

import java.util.Map;

/**
 * A request to optimise the roadmap: a budget ceiling in whole rupiah for every year of the
 * masterplan (keys are years), optionally the most programmes one office may run at once, pinned
 * start years by programme code, and a time limit (1–300 s, default 10: masterplans of 50–60
 * programmes get a schedule within a fraction of a percent of the best at 10 s and the proof that
 * it is the best in about one to two minutes, see docs/benchmarks.md).
 */
public record OptimiseCommand(
        Map<String, Long> budgetCeilings,
        Integer officeCapacity,
        Integer timeLimitSeconds,
        Map<String, Integer> pins,
        Long scenarioId) {

    public static final int DEFAULT_TIME_LIMIT = 10;
    public static final int MAX_TIME_LIMIT = 300;

    public OptimiseCommand {
        budgetCeilings = budgetCeilings == null ? Map.of() : Map.copyOf(budgetCeilings);
        pins = pins == null ? Map.of() : Map.copyOf(pins);
    }

    public int timeLimit() {
        return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT : timeLimitSeconds;
    }
}
