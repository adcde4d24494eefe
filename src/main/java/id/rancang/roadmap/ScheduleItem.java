package id.rancang.roadmap;

import java.util.List;
import java.util.Set;

/**
 * One programme as the scheduler sees it: how long it runs, what each of its execution years
 * costs, how much it is worth per year of delivered benefit, and the bounds the plan puts on it.
 *
 * @param code the programme's code, unique in the problem
 * @param durationYears number of consecutive execution years, at least 1
 * @param costs whole rupiah for execution year 1, 2, …; exactly {@code durationYears} entries
 * @param value benefit per year after completion; not negative
 * @param earliestStartYear first year it may start, or {@code null}
 * @param latestEndYear last year it may still run, or {@code null}
 * @param pinnedStartYear the start year fixed by the planners, or {@code null}
 * @param mandatory whether it must be scheduled
 * @param office code of the owner office, or {@code null}
 * @param prerequisites codes of programmes that must finish before it starts
 */
public record ScheduleItem(
        String code,
        int durationYears,
        List<Long> costs,
        long value,
        Integer earliestStartYear,
        Integer latestEndYear,
        Integer pinnedStartYear,
        boolean mandatory,
        String office,
        Set<String> prerequisites) {

    public ScheduleItem {
        if (durationYears < 1) {
            throw new IllegalArgumentException("duration of " + code + " must be at least 1");
        }
        costs = List.copyOf(costs);
        if (costs.size() != durationYears || costs.stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException(code + " needs " + durationYears + " non-negative costs");
        }
        if (value < 0) {
            throw new IllegalArgumentException("value of " + code + " must not be negative");
        }
        prerequisites = Set.copyOf(prerequisites);
    }

    /** The cost in {@code year} if the item starts in {@code start}; zero outside its run. */
    public long costIn(int year, int start) {
        int offset = year - start;
        return offset >= 0 && offset < durationYears ? costs.get(offset) : 0;
    }

    public boolean runsIn(int year, int start) {
        return year >= start && year < start + durationYears;
    }
}
