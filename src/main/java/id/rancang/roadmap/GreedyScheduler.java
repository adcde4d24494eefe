package id.rancang.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transparent baseline a planner would follow by hand: mandatory programmes first, then the
 * others by value (highest first, then by code); each at the earliest year where its prerequisites
 * have finished and the budget and office capacity still allow it. Shown beside the optimum so
 * that users see what optimisation adds; also a starting point for the solver.
 */
public final class GreedyScheduler {

    private GreedyScheduler() {}

    /** The greedy schedule, or empty when it cannot place every mandatory programme. */
    public static Optional<Map<String, Integer>> schedule(RoadmapProblem problem) {
        Map<String, ScheduleItem> items = problem.itemsByCode();
        Map<String, Integer> starts = new LinkedHashMap<>();
        Set<String> rejected = new HashSet<>();
        Map<Integer, Long> spend = new HashMap<>();
        Map<String, Integer> running = new HashMap<>();

        Set<String> essential = Feasibility.mandatoryClosure(problem);
        List<ScheduleItem> order = new ArrayList<>(problem.items());
        order.sort(Comparator.comparing((ScheduleItem item) -> !essential.contains(item.code()))
                .thenComparing(Comparator.comparingLong(ScheduleItem::value).reversed())
                .thenComparing(ScheduleItem::code));
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ScheduleItem item : order) {
                if (starts.containsKey(item.code()) || rejected.contains(item.code())) {
                    continue;
                }
                if (item.prerequisites().stream().anyMatch(rejected::contains)) {
                    rejected.add(item.code());
                    progress = true;
                } else if (starts.keySet().containsAll(item.prerequisites())) {
                    Optional<Integer> start = earliestStart(problem, item, items, starts, spend, running);
                    if (start.isPresent()) {
                        place(item, start.get(), starts, spend, running);
                    } else {
                        rejected.add(item.code());
                    }
                    progress = true;
                    // Values changed the budget: go back to the highest-valued waiting programme.
                    break;
                }
            }
        }
        boolean mandatoryPlaced = problem.items().stream()
                .filter(ScheduleItem::mandatory)
                .allMatch(item -> starts.containsKey(item.code()));
        return mandatoryPlaced ? Optional.of(starts) : Optional.empty();
    }

    private static Optional<Integer> earliestStart(
            RoadmapProblem problem,
            ScheduleItem item,
            Map<String, ScheduleItem> items,
            Map<String, Integer> starts,
            Map<Integer, Long> spend,
            Map<String, Integer> running) {
        int lowest = problem.lowestStart(item);
        for (String prerequisite : item.prerequisites()) {
            lowest = Math.max(
                    lowest, starts.get(prerequisite) + items.get(prerequisite).durationYears());
        }
        for (int start = lowest; start <= problem.highestStart(item); start++) {
            if (fits(problem, item, start, spend, running)) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    private static boolean fits(
            RoadmapProblem problem,
            ScheduleItem item,
            int start,
            Map<Integer, Long> spend,
            Map<String, Integer> running) {
        for (int year = start; year < start + item.durationYears(); year++) {
            long cost = item.costIn(year, start);
            if (spend.getOrDefault(year, 0L) + cost > problem.ceiling(year)) {
                return false;
            }
            if (problem.officeCapacity() != null
                    && item.office() != null
                    && running.getOrDefault(item.office() + "@" + year, 0) >= problem.officeCapacity()) {
                return false;
            }
        }
        return true;
    }

    private static void place(
            ScheduleItem item,
            int start,
            Map<String, Integer> starts,
            Map<Integer, Long> spend,
            Map<String, Integer> running) {
        starts.put(item.code(), start);
        for (int year = start; year < start + item.durationYears(); year++) {
            spend.merge(year, item.costIn(year, start), Long::sum);
            if (item.office() != null) {
                running.merge(item.office() + "@" + year, 1, Integer::sum);
            }
        }
    }
}
