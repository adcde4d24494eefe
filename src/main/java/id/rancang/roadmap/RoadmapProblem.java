package id.rancang.roadmap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scheduling problem of one masterplan (GUIDE.md section 9): the years {@code firstYear} …
 * {@code firstYear + horizonYears - 1}, a budget ceiling for each of them, an optional limit on how
 * many programmes one office runs in a year, and the programmes.
 */
public record RoadmapProblem(
        int firstYear,
        int horizonYears,
        Map<Integer, Long> ceilings,
        Integer officeCapacity,
        List<ScheduleItem> items) {

    public RoadmapProblem {
        if (horizonYears < 1) {
            throw new IllegalArgumentException("horizon must be at least one year");
        }
        ceilings = Map.copyOf(ceilings);
        for (int year = firstYear; year <= firstYear + horizonYears - 1; year++) {
            Long ceiling = ceilings.get(year);
            if (ceiling == null || ceiling < 0) {
                throw new IllegalArgumentException("a non-negative ceiling is needed for " + year);
            }
        }
        if (officeCapacity != null && officeCapacity < 1) {
            throw new IllegalArgumentException("office capacity must be at least 1");
        }
        items = List.copyOf(items);
        long distinct = items.stream().map(ScheduleItem::code).distinct().count();
        if (distinct != items.size()) {
            throw new IllegalArgumentException("programme codes must be unique");
        }
        Map<String, ScheduleItem> known =
                items.stream().collect(Collectors.toMap(ScheduleItem::code, Function.identity()));
        for (ScheduleItem item : items) {
            for (String prerequisite : item.prerequisites()) {
                if (!known.containsKey(prerequisite)) {
                    throw new IllegalArgumentException(item.code() + " depends on unknown " + prerequisite);
                }
            }
        }
    }

    public int lastYear() {
        return firstYear + horizonYears - 1;
    }

    public long ceiling(int year) {
        return ceilings.get(year);
    }

    public Map<String, ScheduleItem> itemsByCode() {
        Map<String, ScheduleItem> byCode = new LinkedHashMap<>();
        items.forEach(item -> byCode.put(item.code(), item));
        return byCode;
    }

    /** First start year the item may take: the horizon, its earliest start and its pin. */
    public int lowestStart(ScheduleItem item) {
        int lowest = Math.max(firstYear, Objects.requireNonNullElse(item.earliestStartYear(), firstYear));
        return item.pinnedStartYear() != null ? Math.max(lowest, item.pinnedStartYear()) : lowest;
    }

    /** Last start year the item may take so that it ends inside the horizon and its latest end. */
    public int highestStart(ScheduleItem item) {
        int lastEnd = Math.min(lastYear(), Objects.requireNonNullElse(item.latestEndYear(), lastYear()));
        int highest = lastEnd - item.durationYears() + 1;
        return item.pinnedStartYear() != null ? Math.min(highest, item.pinnedStartYear()) : highest;
    }

    /**
     * What the item is worth when it starts in {@code start}: its value for each year from its
     * last execution year to the end of the horizon, so that earlier delivery is worth more.
     */
    public long valueYears(ScheduleItem item, int start) {
        return item.value() * (long) (firstYear + horizonYears - start - item.durationYears() + 1);
    }

    /** The objective of a schedule: the sum of the scheduled items' value-years. */
    public long objective(Map<String, Integer> startYears) {
        Map<String, ScheduleItem> byCode = itemsByCode();
        return startYears.entrySet().stream()
                .mapToLong(e -> valueYears(byCode.get(e.getKey()), e.getValue()))
                .sum();
    }
}
