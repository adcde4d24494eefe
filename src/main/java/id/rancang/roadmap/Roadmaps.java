package id.rancang.roadmap;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.programme.Programme;
import id.rancang.programme.Programmes;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap of a masterplan: optimisation runs (started here, solved in the background, each
 * kept with the exact problem it solved), scenarios to compare, the adopted schedule, and moves of
 * single programmes afterwards, checked against the same rules as the optimiser's answer.
 */
@Service
@Transactional
public class Roadmaps {

    static final String RUN = "roadmap-run";
    static final String ADOPTION = "roadmap";
    static final String SCENARIO = "roadmap-scenario";

    private final Masterplans masterplans;
    private final Programmes programmes;
    private final RoadmapInputs inputs;
    private final RoadmapStore store;
    private final RoadmapRunner runner;
    private final AuditTrail audit;
    private final AccessControl access;
    private final Clock clock;

    Roadmaps(
            Masterplans masterplans,
            Programmes programmes,
            RoadmapInputs inputs,
            RoadmapStore store,
            RoadmapRunner runner,
            AuditTrail audit,
            AccessControl access,
            Clock clock) {
        this.masterplans = masterplans;
        this.programmes = programmes;
        this.inputs = inputs;
        this.store = store;
        this.runner = runner;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Checks the request, stores the run with its problem and starts solving after commit. */
    public OptimisationRun start(long masterplanId, OptimiseCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        if (command.scenarioId() != null) {
            scenario(masterplanId, command.scenarioId());
        }
        RoadmapProblem problem = inputs.problem(masterplan, command);
        long id = store.insertRun(masterplanId, command, problem, Instant.now(clock), user());
        audit.record(masterplan.regionCode(), RUN, id, AuditAction.CREATED, null, command);
        runner.startAfterCommit(id, problem, Duration.ofSeconds(command.timeLimit()));
        return run(masterplanId, id);
    }

    /**
     * Runs an earlier run's request again (its ceilings, office capacity, pins and scenario) on the
     * current programmes with the longest time limit, to prove the best schedule that the earlier
     * run only found.
     */
    public OptimisationRun prove(long masterplanId, long runId) {
        OptimiseCommand earlier = run(masterplanId, runId).request();
        return start(
                masterplanId,
                new OptimiseCommand(
                        earlier.budgetCeilings(),
                        earlier.officeCapacity(),
                        OptimiseCommand.MAX_TIME_LIMIT,
                        earlier.pins(),
                        earlier.scenarioId()));
    }

    /** Waits up to {@code patience} for a run started by this instance, then reads it. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public OptimisationRun await(long masterplanId, long runId, Duration patience) {
        masterplans.get(masterplanId);
        runner.await(runId, patience);
        return run(masterplanId, runId);
    }

    @Transactional(readOnly = true)
    public OptimisationRun run(long masterplanId, long runId) {
        masterplans.get(masterplanId);
        return store.findRunInMasterplan(masterplanId, runId).orElseThrow(() -> new NotFoundException(RUN));
    }

    @Transactional(readOnly = true)
    public List<OptimisationRun> runs(long masterplanId) {
        masterplans.get(masterplanId);
        return store.findRunsInMasterplan(masterplanId, 20);
    }

    public OptimisationRun cancel(long masterplanId, long runId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        run(masterplanId, runId);
        if (store.requestCancel(masterplanId, runId)) {
            audit.record(masterplan.regionCode(), RUN, runId, AuditAction.UPDATED, null, Map.of("cancelled", true));
            runner.cancelLocally(runId);
        }
        return run(masterplanId, runId);
    }

    /** Makes a finished run's schedule the masterplan's roadmap. */
    public AdoptedRoadmap adopt(long masterplanId, long runId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        OptimisationRun run = run(masterplanId, runId);
        if (run.result() == null
                || (run.result().status() != RoadmapSolution.Status.OPTIMAL
                        && run.result().status() != RoadmapSolution.Status.FEASIBLE)) {
            throw new ConflictException("roadmap.adopt.noSchedule");
        }
        RoadmapProblem solved = store.problemOf(masterplanId, runId);
        List<Programme> planned = inputs.planned(masterplan);
        List<String> changed = RoadmapInputs.changedSince(solved, inputs.items(masterplan, planned, Map.of()));
        if (!changed.isEmpty()) {
            throw new ConflictException("roadmap.adopt.changed", String.join(", ", changed));
        }
        Optional<AdoptedRoadmap> before = adopted(masterplanId);
        store.adopt(masterplanId, runId, run.result().schedule(), Instant.now(clock), user());
        writeStartYears(masterplanId, planned, run.result().schedule());
        AdoptedRoadmap after = adopted(masterplanId).orElseThrow();
        audit.record(
                masterplan.regionCode(),
                ADOPTION,
                masterplanId,
                before.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED,
                before.map(AdoptedRoadmap::schedule).orElse(null),
                after.schedule());
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<AdoptedRoadmap> adopted(long masterplanId) {
        masterplans.get(masterplanId);
        return store.findAdoptionInMasterplan(masterplanId).map(adoption -> {
            RoadmapProblem problem = store.problemOf(masterplanId, adoption.runId());
            List<String> unscheduled = problem.items().stream()
                    .map(ScheduleItem::code)
                    .filter(code -> !adoption.schedule().containsKey(code))
                    .sorted()
                    .toList();
            return new AdoptedRoadmap(
                    masterplanId,
                    adoption.runId(),
                    adoption.adoptedAt(),
                    adoption.adoptedBy(),
                    adoption.schedule(),
                    unscheduled,
                    years(problem, adoption.schedule()),
                    adoption.version());
        });
    }

    /**
     * Moves one programme of the adopted roadmap to another start year, or out of it ({@code
     * null}), if the result still keeps every rule under the adopted run's ceilings; otherwise 422
     * with each broken rule in planning terms.
     */
    public AdoptedRoadmap move(long masterplanId, String code, Integer startYear, long version) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        AdoptedRoadmap current = adopted(masterplanId).orElseThrow(() -> new NotFoundException(ADOPTION));
        if (current.version() != version) {
            throw new ConflictException("error.staleVersion");
        }
        RoadmapProblem problem = store.problemOf(masterplanId, current.runId());
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!problem.itemsByCode().containsKey(normalised)) {
            throw new NotFoundException("programme");
        }
        Map<String, Integer> schedule = new LinkedHashMap<>(current.schedule());
        if (startYear == null) {
            schedule.remove(normalised);
        } else {
            schedule.put(normalised, startYear);
        }
        List<Reason> broken = ScheduleRules.check(problem, schedule);
        if (!broken.isEmpty()) {
            List<FieldProblem> problems = new ArrayList<>();
            broken.forEach(reason -> problems.add(new FieldProblem(
                    "startYear", reason.messageKey(), reason.arguments().toArray())));
            throw new InvalidInputException(problems);
        }
        if (!store.move(masterplanId, normalised, startYear, version, Instant.now(clock), user())) {
            throw new ConflictException("error.staleVersion");
        }
        writeStartYears(
                masterplanId,
                List.of(programmes.get(masterplanId, normalised)),
                startYear == null ? Map.of() : Map.of(normalised, startYear));
        audit.record(
                masterplan.regionCode(),
                ADOPTION,
                masterplanId,
                AuditAction.UPDATED,
                Map.of(normalised, String.valueOf(current.schedule().get(normalised))),
                Map.of(normalised, String.valueOf(startYear)));
        return adopted(masterplanId).orElseThrow();
    }

    /**
     * Writes the roadmap's start years onto the programmes (none for those it leaves out), as they
     * were read in this transaction: a programme changed meanwhile fails the whole adoption or move
     * with 409 instead of being overwritten.
     */
    private void writeStartYears(long masterplanId, List<Programme> planned, Map<String, Integer> schedule) {
        Map<String, Long> versions = new LinkedHashMap<>();
        planned.forEach(programme -> versions.put(programme.code(), programme.version()));
        programmes.planStartYears(masterplanId, versions, schedule);
    }

    // Scenarios.

    @Transactional(readOnly = true)
    public List<Scenario> scenarios(long masterplanId) {
        masterplans.get(masterplanId);
        return store.findScenariosInMasterplan(masterplanId);
    }

    @Transactional(readOnly = true)
    public Scenario scenario(long masterplanId, long scenarioId) {
        masterplans.get(masterplanId);
        return store.findScenarioInMasterplan(masterplanId, scenarioId)
                .orElseThrow(() -> new NotFoundException(SCENARIO));
    }

    public Scenario saveScenario(long masterplanId, String name, OptimiseCommand parameters) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw InvalidInputException.of("name", "roadmap.scenario.name");
        }
        if (store.existsScenarioNamedInMasterplan(masterplanId, trimmed)) {
            throw new ConflictException("roadmap.scenario.duplicate");
        }
        inputs.problem(masterplan, parameters);
        long id = store.insertScenario(masterplanId, trimmed, parameters, Instant.now(clock), user());
        Scenario saved = scenario(masterplanId, id);
        audit.record(masterplan.regionCode(), SCENARIO, id, AuditAction.CREATED, null, saved);
        return saved;
    }

    public void deleteScenario(long masterplanId, long scenarioId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Scenario scenario = scenario(masterplanId, scenarioId);
        store.deleteScenario(masterplanId, scenarioId);
        audit.record(masterplan.regionCode(), SCENARIO, scenarioId, AuditAction.DELETED, scenario, null);
    }

    /** Spending of each year of the problem under a schedule, against its ceiling. */
    static List<BudgetChart.Year> years(RoadmapProblem problem, Map<String, Integer> schedule) {
        Map<String, ScheduleItem> items = problem.itemsByCode();
        List<BudgetChart.Year> years = new ArrayList<>();
        for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
            years.add(new BudgetChart.Year(year, ScheduleRules.spend(year, schedule, items), problem.ceiling(year)));
        }
        return years;
    }

    private String user() {
        return access.currentUsername().orElse("system");
    }
}
