package id.rancang.roadmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds, before any search, the reasons a problem cannot be solved, in the planners' terms: a
 * circle of prerequisites, a pin outside the horizon or the programme's bounds, a mandatory
 * programme that does not fit, mandatory programmes that need more than a year's ceiling or an
 * office's capacity wherever they are placed. Mandatory programmes' prerequisites count as
 * mandatory, since they must run too.
 */
final class Feasibility {

    private Feasibility() {}

    /** Reasons that make every schedule impossible; empty when none is certain. */
    static List<Reason> blockingReasons(RoadmapProblem problem) {
        Set<String> essential = mandatoryClosure(problem);
        List<Reason> reasons = new ArrayList<>();
        for (List<String> cycle : cycles(problem)) {
            if (cycle.stream().anyMatch(essential::contains)) {
                reasons.add(Reason.of(Reason.Code.PREREQUISITE_CYCLE, String.join(" → ", cycle)));
            }
        }
        Map<String, int[]> windows = windows(problem, essential, reasons);
        if (!reasons.isEmpty()) {
            return reasons;
        }
        tooExpensive(problem, essential, windows, reasons);
        if (reasons.isEmpty()) {
            budgetAndCapacity(problem, essential, windows, reasons);
        }
        return reasons;
    }

    /**
     * An essential programme whose yearly cost exceeds the ceiling in every start year it may take
     * cannot run at all, whatever else is scheduled.
     */
    private static void tooExpensive(
            RoadmapProblem problem, Set<String> essential, Map<String, int[]> windows, List<Reason> reasons) {
        Map<String, ScheduleItem> items = problem.itemsByCode();
        for (String code : new TreeSet<>(essential)) {
            ScheduleItem item = items.get(code);
            int[] window = windows.get(code);
            boolean fits = false;
            long highestCeiling = 0;
            for (int start = window[0]; start <= window[1] && !fits; start++) {
                fits = true;
                for (int year = start; year < start + item.durationYears(); year++) {
                    highestCeiling = Math.max(highestCeiling, problem.ceiling(year));
                    fits &= item.costIn(year, start) <= problem.ceiling(year);
                }
            }
            if (!fits) {
                long peak =
                        item.costs().stream().mapToLong(Long::longValue).max().orElse(0);
                reasons.add(Reason.of(Reason.Code.MANDATORY_EXCEEDS_CEILING, code, peak, highestCeiling));
            }
        }
    }

    /** Circles of prerequisites that are not blocking (no mandatory programme in them). */
    static List<Reason> warnings(RoadmapProblem problem) {
        Set<String> essential = mandatoryClosure(problem);
        List<Reason> reasons = new ArrayList<>();
        for (List<String> cycle : cycles(problem)) {
            if (cycle.stream().noneMatch(essential::contains)) {
                reasons.add(Reason.of(Reason.Code.PREREQUISITE_CYCLE, String.join(" → ", cycle)));
            }
        }
        return reasons;
    }

    /** The mandatory programmes and, transitively, everything they depend on. */
    static Set<String> mandatoryClosure(RoadmapProblem problem) {
        Map<String, ScheduleItem> items = problem.itemsByCode();
        Set<String> closure = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        problem.items().stream().filter(ScheduleItem::mandatory).forEach(item -> pending.add(item.code()));
        while (!pending.isEmpty()) {
            String code = pending.pop();
            if (closure.add(code)) {
                pending.addAll(items.get(code).prerequisites());
            }
        }
        return closure;
    }

    /** Each circle once, written from its smallest code and closed (A → B → A). */
    static List<List<String>> cycles(RoadmapProblem problem) {
        Map<String, ScheduleItem> items = problem.itemsByCode();
        Set<List<String>> found = new LinkedHashSet<>();
        Map<String, Integer> state = new HashMap<>();
        for (String code : new TreeSet<>(items.keySet())) {
            visit(code, items, state, new ArrayList<>(), found);
        }
        return new ArrayList<>(found);
    }

    private static void visit(
            String code,
            Map<String, ScheduleItem> items,
            Map<String, Integer> state,
            List<String> path,
            Set<List<String>> found) {
        Integer seen = state.get(code);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(code), path.size()));
            int smallest = cycle.indexOf(new TreeSet<>(cycle).first());
            List<String> rotated = new ArrayList<>(cycle.subList(smallest, cycle.size()));
            rotated.addAll(cycle.subList(0, smallest));
            rotated.add(rotated.get(0));
            found.add(rotated);
            return;
        }
        state.put(code, 1);
        path.add(code);
        for (String prerequisite : new TreeSet<>(items.get(code).prerequisites())) {
            visit(prerequisite, items, state, path, found);
        }
        path.remove(path.size() - 1);
        state.put(code, 2);
    }

    /**
     * The start-year window of each essential programme after its pin, bounds and its
     * prerequisites' earliest finish; adds a reason for each programme whose window is empty.
     */
    private static Map<String, int[]> windows(RoadmapProblem problem, Set<String> essential, List<Reason> reasons) {
        Map<String, ScheduleItem> items = problem.itemsByCode();
        Map<String, int[]> windows = new TreeMap<>();
        for (String code : new TreeSet<>(essential)) {
            ScheduleItem item = items.get(code);
            Integer pin = item.pinnedStartYear();
            if (pin != null && (pin < problem.firstYear() || pin + item.durationYears() - 1 > problem.lastYear())) {
                reasons.add(
                        Reason.of(Reason.Code.PIN_OUTSIDE_HORIZON, code, pin, problem.firstYear(), problem.lastYear()));
            } else if (pin != null && problem.lowestStart(item) > problem.highestStart(item)) {
                reasons.add(Reason.of(Reason.Code.PIN_OUTSIDE_BOUNDS, code, pin));
            } else {
                windows.put(code, new int[] {problem.lowestStart(item), problem.highestStart(item)});
            }
        }
        if (!reasons.isEmpty()) {
            return windows;
        }
        // Prerequisites push starts later and their own starts earlier; repeat until stable (the
        // essential programmes have no circle here, and windows only shrink).
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, int[]> entry : windows.entrySet()) {
                ScheduleItem item = items.get(entry.getKey());
                for (String prerequisite : item.prerequisites()) {
                    int[] before = windows.get(prerequisite);
                    int earliest = before[0] + items.get(prerequisite).durationYears();
                    if (earliest > entry.getValue()[0]) {
                        entry.getValue()[0] = earliest;
                        changed = true;
                    }
                    int latest = entry.getValue()[1] - items.get(prerequisite).durationYears();
                    if (latest < before[1]) {
                        before[1] = latest;
                        changed = true;
                    }
                }
            }
        }
        // Name the programme at the end of a chain that does not fit, not each one before it.
        Set<String> empty = new TreeSet<>();
        windows.forEach((code, window) -> {
            if (window[0] > window[1]) {
                empty.add(code);
            }
        });
        for (String code : empty) {
            boolean blamedLater = empty.stream()
                    .anyMatch(other -> items.get(other).prerequisites().contains(code));
            if (!blamedLater) {
                reasons.add(Reason.of(
                        Reason.Code.DOES_NOT_FIT, code, items.get(code).durationYears()));
            }
        }
        return windows;
    }

    /** Costs and office slots that essential programmes need in a year wherever they start. */
    private static void budgetAndCapacity(
            RoadmapProblem problem, Set<String> essential, Map<String, int[]> windows, List<Reason> reasons) {
        Map<String, ScheduleItem> items = problem.itemsByCode();
        for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
            long need = 0;
            Map<String, Integer> certain = new TreeMap<>();
            for (String code : essential) {
                ScheduleItem item = items.get(code);
                int[] window = windows.get(code);
                long least = Long.MAX_VALUE;
                boolean alwaysRuns = true;
                for (int start = window[0]; start <= window[1]; start++) {
                    least = Math.min(least, item.costIn(year, start));
                    alwaysRuns &= item.runsIn(year, start);
                }
                need += least;
                if (alwaysRuns && item.office() != null) {
                    certain.merge(item.office(), 1, Integer::sum);
                }
            }
            if (need > problem.ceiling(year)) {
                reasons.add(Reason.of(Reason.Code.MANDATORY_OVER_BUDGET, year, need, problem.ceiling(year)));
            }
            if (problem.officeCapacity() != null) {
                int y = year;
                certain.forEach((office, count) -> {
                    if (count > problem.officeCapacity()) {
                        reasons.add(Reason.of(
                                Reason.Code.MANDATORY_OVER_OFFICE_CAPACITY,
                                office,
                                y,
                                count,
                                problem.officeCapacity()));
                    }
                });
            }
        }
    }
}
