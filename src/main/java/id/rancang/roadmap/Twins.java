package id.rancang.roadmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Programmes that the rules cannot tell apart: same duration, yearly costs, value, bounds, pin,
 * mandatory flag, office and prerequisites, and no programme depends on either. Any schedule stays
 * valid, and worth the same, when twins swap their start years, so a solver may consider only the
 * schedules in which twins start in the order of their codes (the earlier code no later, and
 * scheduled whenever the later one is).
 */
final class Twins {

    private Twins() {}

    /** Groups of two or more twins, each sorted by code; groups in the order of their first code. */
    static List<List<String>> groups(RoadmapProblem problem) {
        Set<String> required = new HashSet<>();
        problem.items().forEach(item -> required.addAll(item.prerequisites()));
        Map<List<Object>, List<String>> byRules = new LinkedHashMap<>();
        problem.items().stream()
                .filter(item -> !required.contains(item.code()))
                .sorted(java.util.Comparator.comparing(ScheduleItem::code))
                .forEach(item -> byRules.computeIfAbsent(rules(item), key -> new ArrayList<>())
                        .add(item.code()));
        return byRules.values().stream().filter(group -> group.size() > 1).toList();
    }

    private static List<Object> rules(ScheduleItem item) {
        return java.util.Arrays.asList(
                item.durationYears(),
                item.costs(),
                item.value(),
                item.earliestStartYear(),
                item.latestEndYear(),
                item.pinnedStartYear(),
                item.mandatory(),
                item.office(),
                new java.util.TreeSet<>(item.prerequisites()));
    }

    /**
     * The same schedule with the start years of each group of twins handed out again in the order
     * of their codes, earliest first, unscheduled last: it keeps every rule the original keeps and
     * has the same objective.
     */
    static Map<String, Integer> ordered(Map<String, Integer> schedule, List<List<String>> groups) {
        Map<String, Integer> result = new TreeMap<>(schedule);
        for (List<String> group : groups) {
            List<Integer> years = group.stream()
                    .map(schedule::get)
                    .filter(Objects::nonNull)
                    .sorted()
                    .toList();
            for (int i = 0; i < group.size(); i++) {
                if (i < years.size()) {
                    result.put(group.get(i), years.get(i));
                } else {
                    result.remove(group.get(i));
                }
            }
        }
        return result;
    }
}
