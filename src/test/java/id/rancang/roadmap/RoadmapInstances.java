package id.rancang.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Generated scheduling problems for tests and benchmarks; the same seed gives the same problem. */
final class RoadmapInstances {

    static final int FIRST_YEAR = 2026;
    private static final String[] OFFICES = {"BAPPEDA", "DISKOMINFO", "DINKES", "DISDIK", "DISHUB", "DLH", "DISPAR"};

    private RoadmapInstances() {}

    /** A small problem with every kind of rule, small enough to enumerate every schedule. */
    static RoadmapProblem small(long seed) {
        Random random = new Random(seed);
        int horizon = 3 + random.nextInt(3);
        int count = 3 + random.nextInt(4);
        List<ScheduleItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int duration = 1 + random.nextInt(Math.min(3, horizon));
            List<Long> costs = new ArrayList<>();
            for (int y = 0; y < duration; y++) {
                costs.add((1 + random.nextInt(5)) * 100_000_000L);
            }
            Set<String> prerequisites = new HashSet<>();
            if (i > 0 && random.nextInt(3) == 0) {
                prerequisites.add(code(random.nextInt(i)));
            }
            Integer earliest = random.nextInt(4) == 0 ? FIRST_YEAR + random.nextInt(2) : null;
            Integer latest = random.nextInt(4) == 0 ? FIRST_YEAR + horizon - 1 - random.nextInt(2) : null;
            Integer pin = random.nextInt(6) == 0 ? FIRST_YEAR + random.nextInt(horizon) : null;
            boolean mandatory = random.nextInt(6) == 0;
            items.add(new ScheduleItem(
                    code(i),
                    duration,
                    costs,
                    1 + random.nextInt(20),
                    earliest,
                    latest,
                    pin,
                    mandatory,
                    OFFICES[random.nextInt(2)],
                    prerequisites));
        }
        Map<Integer, Long> ceilings = new HashMap<>();
        for (int y = 0; y < horizon; y++) {
            ceilings.put(FIRST_YEAR + y, (2 + random.nextInt(6)) * 100_000_000L);
        }
        Integer capacity = random.nextInt(3) == 0 ? 1 : null;
        return new RoadmapProblem(FIRST_YEAR, horizon, ceilings, capacity, items);
    }

    /**
     * A small problem in which one or two programmes are copied under new codes (the same
     * programme in several districts), so that twins exist; small enough to enumerate.
     */
    static RoadmapProblem smallWithTwins(long seed) {
        RoadmapProblem base = small(seed);
        Random random = new Random(seed * 31);
        List<ScheduleItem> items = new ArrayList<>(base.items());
        Set<String> required = new HashSet<>();
        items.forEach(item -> required.addAll(item.prerequisites()));
        List<ScheduleItem> candidates =
                items.stream().filter(item -> !required.contains(item.code())).toList();
        ScheduleItem original = candidates.get(random.nextInt(candidates.size()));
        int copies = items.size() < 5 ? 2 : 1;
        for (int copy = 0; copy < copies; copy++) {
            items.add(new ScheduleItem(
                    code(items.size()),
                    original.durationYears(),
                    original.costs(),
                    original.value(),
                    original.earliestStartYear(),
                    original.latestEndYear(),
                    original.pinnedStartYear(),
                    original.mandatory(),
                    original.office(),
                    original.prerequisites()));
        }
        return new RoadmapProblem(base.firstYear(), base.horizonYears(), base.ceilings(), base.officeCapacity(), items);
    }

    /**
     * A masterplan-like problem: programmes of one to five years costing Rp 50 million to Rp 5
     * billion a year in round amounts (multiples of Rp 25 million, as budgets are written), values 1–100, prerequisite chains, a few mandatory and pinned programmes,
     * seven offices, and yearly ceilings that fit about 60 % of the total cost.
     */
    static RoadmapProblem realistic(long seed, int count, int horizon) {
        Random random = new Random(seed);
        List<ScheduleItem> items = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < count; i++) {
            int duration = 1 + random.nextInt(Math.min(5, horizon));
            long yearly = (1 + random.nextInt(100)) * 50_000_000L;
            List<Long> costs = new ArrayList<>();
            for (int y = 0; y < duration; y++) {
                long cost = Math.max(25_000_000L, yearly + (random.nextInt(5) - 2) * 25_000_000L);
                costs.add(cost);
                total += cost;
            }
            Set<String> prerequisites = new HashSet<>();
            if (i > 0 && random.nextInt(4) == 0) {
                prerequisites.add(code(Math.max(0, i - 1 - random.nextInt(Math.min(i, 10)))));
            }
            boolean mandatory = random.nextInt(20) == 0 && prerequisites.isEmpty() && duration <= 3;
            Integer pin =
                    !mandatory && random.nextInt(40) == 0 ? FIRST_YEAR + random.nextInt(horizon - duration + 1) : null;
            items.add(new ScheduleItem(
                    code(i),
                    duration,
                    costs,
                    1 + random.nextInt(100),
                    null,
                    null,
                    pin,
                    mandatory,
                    OFFICES[random.nextInt(OFFICES.length)],
                    prerequisites));
        }
        Map<Integer, Long> ceilings = new HashMap<>();
        long yearly = total * 60 / 100 / horizon / 50_000_000 * 50_000_000;
        for (int y = 0; y < horizon; y++) {
            ceilings.put(FIRST_YEAR + y, yearly + y * yearly / 20 / 50_000_000 * 50_000_000);
        }
        return new RoadmapProblem(FIRST_YEAR, horizon, ceilings, null, items);
    }

    static String code(int index) {
        return String.format("P%03d", index + 1);
    }
}
