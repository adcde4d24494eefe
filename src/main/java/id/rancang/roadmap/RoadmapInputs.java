package id.rancang.roadmap;

import id.rancang.masterplan.Masterplan;
import id.rancang.programme.Prioritisation;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.Programmes;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Turns a masterplan's programmes and a request into the scheduling problem: one item per
 * programme that is not cancelled, valued by its benefit value or else its ranking score (kept to
 * two decimals as whole hundredths), and the request's ceilings, capacity and pins, checked first.
 */
@Component
class RoadmapInputs {

    private final Programmes programmes;
    private final Prioritisation prioritisation;

    RoadmapInputs(Programmes programmes, Prioritisation prioritisation) {
        this.programmes = programmes;
        this.prioritisation = prioritisation;
    }

    RoadmapProblem problem(Masterplan masterplan, OptimiseCommand command) {
        List<Programme> planned = planned(masterplan);
        Map<String, Integer> pins = check(masterplan, command, planned);
        List<ScheduleItem> items = items(masterplan, planned, pins);
        Map<Integer, Long> ceilings = new TreeMap<>();
        command.budgetCeilings().forEach((year, amount) -> ceilings.put(Integer.parseInt(year.strip()), amount));
        return new RoadmapProblem(
                masterplan.startYear(), masterplan.horizonYears(), ceilings, command.officeCapacity(), items);
    }

    /** The programmes the roadmap schedules: every one that is not cancelled. */
    List<Programme> planned(Masterplan masterplan) {
        return programmes.list(masterplan.id()).stream()
                .filter(p -> p.status() != ProgrammeStatus.CANCELLED)
                .toList();
    }

    /** One item per planned programme, with the given pins. */
    List<ScheduleItem> items(Masterplan masterplan, List<Programme> planned, Map<String, Integer> pins) {
        Map<String, BigDecimal> values = prioritisation.schedulingValues(masterplan.id());
        List<ScheduleItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        planned.forEach(p -> codes.add(p.code()));
        for (Programme programme : planned) {
            Set<String> after = new HashSet<>(programme.dependsOn());
            after.retainAll(codes);
            items.add(new ScheduleItem(
                    programme.code(),
                    programme.durationYears(),
                    programme.costs(),
                    hundredths(values.get(programme.code())),
                    programme.earliestStartYear(),
                    programme.latestEndYear(),
                    pins.get(programme.code()),
                    programme.mandatory(),
                    programme.ownerOffice(),
                    after));
        }
        return items;
    }

    /**
     * The programmes whose rules changed since {@code solved} was built from them (duration,
     * costs, bounds, mandatory flag, owner office, prerequisites), and those added or removed
     * since; values and pins do not count, since the schedule still keeps every rule without them.
     */
    static List<String> changedSince(RoadmapProblem solved, List<ScheduleItem> current) {
        Map<String, ScheduleItem> before = solved.itemsByCode();
        Set<String> changed = new java.util.TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (ScheduleItem now : current) {
            seen.add(now.code());
            ScheduleItem then = before.get(now.code());
            if (then == null || !sameRules(then, now)) {
                changed.add(now.code());
            }
        }
        before.keySet().stream().filter(code -> !seen.contains(code)).forEach(changed::add);
        return List.copyOf(changed);
    }

    private static boolean sameRules(ScheduleItem a, ScheduleItem b) {
        return a.durationYears() == b.durationYears()
                && a.costs().equals(b.costs())
                && java.util.Objects.equals(a.earliestStartYear(), b.earliestStartYear())
                && java.util.Objects.equals(a.latestEndYear(), b.latestEndYear())
                && a.mandatory() == b.mandatory()
                && java.util.Objects.equals(a.office(), b.office())
                && a.prerequisites().equals(b.prerequisites());
    }

    private static long hundredths(BigDecimal value) {
        return value == null
                ? 0
                : value.max(BigDecimal.ZERO)
                        .movePointRight(2)
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
    }

    /** Every problem of the request at once; returns the pins by normalised programme code. */
    private static Map<String, Integer> check(Masterplan masterplan, OptimiseCommand command, List<Programme> planned) {
        List<FieldProblem> problems = new ArrayList<>();
        int first = masterplan.startYear();
        int last = masterplan.endYear();
        Set<Integer> given = new HashSet<>();
        command.budgetCeilings().forEach((key, amount) -> {
            Integer year = year(key);
            String field = "budgetCeilings." + key;
            if (year == null || year < first || year > last) {
                problems.add(new FieldProblem(field, "roadmap.ceiling.outside", new Object[] {first, last}));
            } else if (amount == null || amount < 0) {
                problems.add(new FieldProblem(field, "roadmap.ceiling.negative", new Object[0]));
            } else {
                given.add(year);
            }
        });
        for (int year = first; year <= last; year++) {
            if (!given.contains(year) && !command.budgetCeilings().containsKey(Integer.toString(year))) {
                problems.add(
                        new FieldProblem("budgetCeilings." + year, "roadmap.ceiling.missing", new Object[] {year}));
            }
        }
        if (command.officeCapacity() != null && command.officeCapacity() < 1) {
            problems.add(new FieldProblem("officeCapacity", "roadmap.capacity.min", new Object[0]));
        }
        if (command.timeLimit() < 1 || command.timeLimit() > OptimiseCommand.MAX_TIME_LIMIT) {
            problems.add(new FieldProblem(
                    "timeLimitSeconds", "roadmap.timeLimit.range", new Object[] {OptimiseCommand.MAX_TIME_LIMIT}));
        }
        Map<String, Programme> byCode = new HashMap<>();
        planned.forEach(p -> byCode.put(p.code(), p));
        Map<String, Integer> pins = new HashMap<>();
        command.pins().forEach((code, year) -> {
            String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            Programme programme = byCode.get(normalised);
            if (programme == null) {
                problems.add(new FieldProblem("pins." + code, "roadmap.pin.unknown", new Object[] {code}));
            } else if (year == null || year < first || year + programme.durationYears() - 1 > last) {
                problems.add(new FieldProblem("pins." + code, "roadmap.pin.outside", new Object[] {first, last}));
            } else {
                pins.put(normalised, year);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return pins;
    }

    private static Integer year(String key) {
        try {
            return key == null ? null : Integer.valueOf(key.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
