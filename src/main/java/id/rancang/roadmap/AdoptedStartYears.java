package id.rancang.roadmap;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.programme.StartYearPolicy;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Keeps the adopted roadmap and the programmes' start years the same: a start year edited in the
 * programme module (form, API or spreadsheet) is checked against the rules of the adopted run,
 * exactly like a move on the roadmap page, and refused with the broken rules; when it keeps them,
 * the adopted roadmap follows it. Programmes the adopted run did not schedule stay free.
 */
@Component
class AdoptedStartYears implements StartYearPolicy {

    private final RoadmapStore store;
    private final AuditTrail audit;
    private final AccessControl access;
    private final Clock clock;

    AdoptedStartYears(RoadmapStore store, AuditTrail audit, AccessControl access, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public void startYearsChanged(Masterplan masterplan, Map<String, Integer> startYears) {
        var adoption = store.findAdoptionInMasterplan(masterplan.id()).orElse(null);
        if (adoption == null) {
            return;
        }
        RoadmapProblem problem = store.problemOf(masterplan.id(), adoption.runId());
        Map<String, ScheduleItem> items = problem.itemsByCode();
        Map<String, Integer> schedule = new LinkedHashMap<>(adoption.schedule());
        Map<String, Integer> moves = new TreeMap<>();
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        startYears.forEach((code, year) -> {
            if (items.containsKey(code) && !java.util.Objects.equals(schedule.get(code), year)) {
                moves.put(code, year);
                before.put(code, String.valueOf(schedule.get(code)));
                after.put(code, String.valueOf(year));
                if (year == null) {
                    schedule.remove(code);
                } else {
                    schedule.put(code, year);
                }
            }
        });
        if (moves.isEmpty()) {
            return;
        }
        List<Reason> broken = ScheduleRules.check(problem, schedule);
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken.stream()
                    .map(reason -> new FieldProblem(
                            "startYear", reason.messageKey(), reason.arguments().toArray()))
                    .toList());
        }
        long version = adoption.version();
        Instant now = Instant.now(clock);
        String user = access.currentUsername().orElse("system");
        for (Map.Entry<String, Integer> move : moves.entrySet()) {
            if (!store.move(masterplan.id(), move.getKey(), move.getValue(), version++, now, user)) {
                throw new ConflictException("error.staleVersion");
            }
        }
        audit.record(masterplan.regionCode(), Roadmaps.ADOPTION, masterplan.id(), AuditAction.UPDATED, before, after);
    }
}
