package id.rancang.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a schedule, solved or edited by hand, against every rule of the model: budget ceilings,
 * prerequisites, horizon and bounds, pins, mandatory programmes and office capacity. An empty
 * answer means the schedule is allowed.
 */
public final class ScheduleRules {

    private ScheduleRules() {}

    public static List<Reason> check(RoadmapProblem problem, Map<String, Integer> startYears) {
        Map<String, ScheduleItem> items = problem.itemsByCode();
        List<Reason> broken = new ArrayList<>();
        startYears.keySet().stream()
                .filter(code -> !items.containsKey(code))
                .sorted()
                .forEach(code -> broken.add(Reason.of(Reason.Code.UNKNOWN_PROGRAMME, code)));
        for (ScheduleItem item : problem.items()) {
            Integer start = startYears.get(item.code());
            if (start == null) {
                if (item.mandatory()) {
                    broken.add(Reason.of(Reason.Code.MANDATORY_NOT_SCHEDULED, item.code()));
                }
                continue;
            }
            checkPlacement(problem, item, start, broken);
            checkPrerequisites(item, start, items, startYears, broken);
        }
        checkYears(problem, startYears, items, broken);
        return broken;
    }

    private static void checkPlacement(RoadmapProblem problem, ScheduleItem item, int start, List<Reason> broken) {
        int end = start + item.durationYears() - 1;
        if (start < problem.firstYear() || end > problem.lastYear()) {
            broken.add(Reason.of(Reason.Code.OUTSIDE_HORIZON, item.code(), start, end));
        } else if ((item.earliestStartYear() != null && start < item.earliestStartYear())
                || (item.latestEndYear() != null && end > item.latestEndYear())) {
            broken.add(Reason.of(Reason.Code.OUTSIDE_BOUNDS, item.code(), start, end));
        }
        if (item.pinnedStartYear() != null && start != item.pinnedStartYear()) {
            broken.add(Reason.of(Reason.Code.PIN_NOT_HONOURED, item.code(), item.pinnedStartYear(), start));
        }
    }

    private static void checkPrerequisites(
            ScheduleItem item,
            int start,
            Map<String, ScheduleItem> items,
            Map<String, Integer> startYears,
            List<Reason> broken) {
        item.prerequisites().stream().sorted().forEach(code -> {
            Integer prerequisiteStart = startYears.get(code);
            if (prerequisiteStart == null) {
                broken.add(Reason.of(Reason.Code.PREREQUISITE_NOT_SCHEDULED, item.code(), code));
            } else if (prerequisiteStart + items.get(code).durationYears() > start) {
                int prerequisiteEnd = prerequisiteStart + items.get(code).durationYears() - 1;
                broken.add(Reason.of(Reason.Code.PREREQUISITE_NOT_FINISHED, item.code(), code, prerequisiteEnd, start));
            }
        });
    }

    private static void checkYears(
            RoadmapProblem problem,
            Map<String, Integer> startYears,
            Map<String, ScheduleItem> items,
            List<Reason> broken) {
        for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
            long spend = spend(year, startYears, items);
            if (spend > problem.ceiling(year)) {
                broken.add(Reason.of(Reason.Code.OVER_BUDGET, year, spend, problem.ceiling(year)));
            }
            if (problem.officeCapacity() != null) {
                Map<String, Integer> running = new HashMap<>();
                for (Map.Entry<String, Integer> entry : startYears.entrySet()) {
                    ScheduleItem item = items.get(entry.getKey());
                    if (item != null && item.office() != null && item.runsIn(year, entry.getValue())) {
                        running.merge(item.office(), 1, Integer::sum);
                    }
                }
                int y = year;
                running.entrySet().stream()
                        .filter(e -> e.getValue() > problem.officeCapacity())
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> broken.add(Reason.of(
                                Reason.Code.OVER_OFFICE_CAPACITY,
                                e.getKey(),
                                y,
                                e.getValue(),
                                problem.officeCapacity())));
            }
        }
    }

    /** Total cost in {@code year} of the scheduled programmes; unknown codes are left out. */
    public static long spend(int year, Map<String, Integer> startYears, Map<String, ScheduleItem> items) {
        long total = 0;
        for (Map.Entry<String, Integer> entry : startYears.entrySet()) {
            ScheduleItem item = items.get(entry.getKey());
            if (item != null) {
                total += item.costIn(year, entry.getValue());
            }
        }
        return total;
    }
}
