package id.rancang.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The roadmap a masterplan adopted from one optimisation run, with the start years as they stand
 * now (planners may move a programme afterwards, checked against the same rules), and what still
 * breaks a rule after such moves (empty when all is well).
 */
public record AdoptedRoadmap(
        long masterplanId,
        long runId,
        Instant adoptedAt,
        String adoptedBy,
        Map<String, Integer> schedule,
        List<String> unscheduled,
        List<BudgetChart.Year> years,
        long version) {}
