package id.rancang.bimtek;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.MasterplanStatus;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.DateBounds;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.IndonesianTimeZone;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.SingleLineText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four Bimtek stages of a masterplan and their outputs checklist. Editors and the assigned
 * expert keep the dates and tick outputs; the region administrator or the expert closes the
 * current stage, which moves the masterplan on to the next one.
 */
@Service
@Transactional
public class Stages {

    static final String ENTITY = "bimtek-stage";
    static final int FIRST_COHORT = 2017;

    private final StageStore store;
    private final Masterplans masterplans;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<StageOutputEvidence> evidence;

    Stages(
            StageStore store,
            Masterplans masterplans,
            AccessControl access,
            AuditTrail audit,
            Clock clock,
            List<StageOutputEvidence> evidence) {
        this.evidence = List.copyOf(evidence);
        this.store = store;
        this.masterplans = masterplans;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Stage> list(long masterplanId) {
        return stagesOf(masterplans.get(masterplanId));
    }

    @Transactional(readOnly = true)
    public Stage get(long masterplanId, int number) {
        checkNumber(number);
        return list(masterplanId).get(number - 1);
    }

    public Stage updateDates(long masterplanId, int number, StageDatesCommand command) {
        Masterplan masterplan = requireSteward(masterplanId, Permission.EDIT);
        checkNumber(number);
        List<FieldProblem> problems = new ArrayList<>();
        DateBounds.check(command.plannedStart(), "plannedStart", problems);
        DateBounds.check(command.plannedEnd(), "plannedEnd", problems);
        DateBounds.check(command.actualStart(), "actualStart", problems);
        DateBounds.check(command.actualEnd(), "actualEnd", problems);
        order(command.plannedStart(), command.plannedEnd(), "plannedEnd", problems);
        order(command.actualStart(), command.actualEnd(), "actualEnd", problems);
        if (command.actualEnd() != null && command.actualStart() == null) {
            problems.add(new FieldProblem("actualEnd", "bimtek.stage.actualEnd.withoutStart", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Stage before = get(masterplanId, number);
        Instant now = clock.instant();
        StageStore.StageRow row = store.lock(masterplanId, number, now);
        store.save(
                masterplanId,
                new StageStore.StageRow(
                        number,
                        command.plannedStart(),
                        command.plannedEnd(),
                        command.actualStart(),
                        command.actualEnd(),
                        row.closedAt(),
                        row.closedBy()),
                now);
        Stage after = get(masterplanId, number);
        audit.record(masterplan.regionCode(), ENTITY, masterplanId + "/" + number, AuditAction.UPDATED, before, after);
        return after;
    }

    public Stage tick(long masterplanId, String outputCode, TickOutputCommand command) {
        return tick(masterplanId, outputCode, command, null);
    }

    /**
     * {@link #tick} from a form that showed the output as {@code seen}: refused (409, saying what it
     * is now) when someone else changed it after the form was opened.
     */
    public Stage tick(long masterplanId, String outputCode, TickOutputCommand command, TickOutputCommand seen) {
        Masterplan masterplan = requireSteward(masterplanId, Permission.EDIT);
        StageOutput output =
                StageOutput.find(outputCode).orElseThrow(() -> new NotFoundException("output " + outputCode));
        if (command.note() != null && command.note().strip().length() > 500) {
            throw InvalidInputException.of("note", "bimtek.field.size", 500);
        }
        if (!SingleLineText.accepts(command.note())) {
            throw InvalidInputException.of("note", SingleLineText.MESSAGE_KEY);
        }
        Stage before = get(masterplanId, output.stage());
        if (seen != null) {
            Stage.Output now = before.outputs().stream()
                    .filter(o -> o.output() == output)
                    .findFirst()
                    .orElseThrow();
            if (now.done() != seen.done()
                    || !Objects.equals(Sessions.blankToNull(now.note()), Sessions.blankToNull(seen.note()))) {
                throw new ConflictException(
                        now.done() ? "bimtek.output.conflict.done" : "bimtek.output.conflict.open",
                        now.note() == null ? "–" : now.note());
            }
        }
        store.tick(
                masterplanId,
                new StageStore.Tick(
                        output.name(),
                        command.done(),
                        Sessions.blankToNull(command.note()),
                        access.currentUsername().orElse("system"),
                        clock.instant()));
        Stage after = get(masterplanId, output.stage());
        audit.record(
                masterplan.regionCode(),
                ENTITY,
                masterplanId + "/" + output.stage(),
                AuditAction.UPDATED,
                before.outputs().stream()
                        .filter(o -> o.output() == output)
                        .findFirst()
                        .orElseThrow(),
                after.outputs().stream()
                        .filter(o -> o.output() == output)
                        .findFirst()
                        .orElseThrow());
        return after;
    }

    /** The cohort year of the masterplan's Bimtek, if set. */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> cohort(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return java.util.Optional.ofNullable(
                store.cohorts(List.of(masterplan.id())).get(masterplan.id()));
    }

    /** Sets (or with a null year clears) the cohort year; checked against 2017 to next year. */
    public java.util.Optional<Integer> setCohort(long masterplanId, CohortCommand command) {
        Masterplan masterplan = requireSteward(masterplanId, Permission.EDIT);
        Integer year = command == null ? null : command.cohortYear();
        int last = java.time.Year.now(clock).getValue() + 1;
        if (year != null && (year < FIRST_COHORT || year > last)) {
            throw InvalidInputException.of("cohortYear", "bimtek.cohort.range", FIRST_COHORT, last);
        }
        java.util.Optional<Integer> before = cohort(masterplanId);
        store.saveCohort(masterplanId, year, access.currentUsername().orElse("system"), clock.instant());
        java.util.Optional<Integer> after = cohort(masterplanId);
        audit.record(
                masterplan.regionCode(),
                ENTITY,
                masterplanId + "/cohort",
                AuditAction.UPDATED,
                before.orElse(null),
                after.orElse(null));
        return after;
    }

    /**
     * Closes the masterplan's current stage and moves the plan on to the next stage; refused (409,
     * naming them) while any of its outputs is not done.
     */
    public Stage close(long masterplanId, int number) {
        return close(masterplanId, number, false);
    }

    /**
     * Closes the masterplan's current stage and moves the plan on to the next stage. A stage whose
     * outputs are not all done is closed only when {@code withOpenOutputs} says so explicitly;
     * otherwise the refusal (409, {@code bimtek.stage.openOutputs}) names the open outputs.
     *
     * <p>The stage's actual end defaults to the closing day. Its actual start, when nobody recorded
     * one, defaults to the day of its first session, else to its planned start, else to the
     * closing day, and never lies after the actual end: a closed stage always says when it ran.
     */
    public Stage close(long masterplanId, int number, boolean withOpenOutputs) {
        Masterplan masterplan = requireSteward(masterplanId, Permission.ADMINISTER);
        checkNumber(number);
        Stage before = get(masterplanId, number);
        if (before.status() == StageStatus.CLOSED || number != masterplan.stage()) {
            throw new ConflictException("bimtek.stage.notCurrent", number, masterplan.stage());
        }
        List<String> open = before.outputs().stream()
                .filter(o -> !o.done())
                .map(Stage.Output::code)
                .toList();
        if (!open.isEmpty() && !withOpenOutputs) {
            throw new ConflictException("bimtek.stage.openOutputs", number, open.size(), String.join(", ", open));
        }
        Instant now = clock.instant();
        StageStore.StageRow row = store.lock(masterplanId, number, now);
        java.time.ZoneId zone = IndonesianTimeZone.of(masterplan.regionCode()).zoneId();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate end = row.actualEnd() == null ? today : row.actualEnd();
        LocalDate start = row.actualStart();
        if (start == null) {
            start = store.firstSession(masterplanId, number)
                    .map(first -> LocalDate.ofInstant(first, zone))
                    .orElse(row.plannedStart() == null ? today : row.plannedStart());
            if (start.isAfter(end)) {
                start = end;
            }
        }
        store.save(
                masterplanId,
                new StageStore.StageRow(
                        number,
                        row.plannedStart(),
                        row.plannedEnd(),
                        start,
                        end,
                        now,
                        access.currentUsername().orElse("system")),
                now);
        masterplans.advanceStage(masterplanId, number);
        Stage after = get(masterplanId, number);
        audit.record(masterplan.regionCode(), ENTITY, masterplanId + "/" + number, AuditAction.UPDATED, before, after);
        return after;
    }

    /**
     * Whether the current user may keep dates and ticks ({@code EDIT}: the region's editors and
     * administrators) or close stages ({@code ADMINISTER}: the region administrator); the expert
     * assigned to the region may do both. The national coordinator and reviewers may not.
     */
    @Transactional(readOnly = true)
    public boolean mayManage(Masterplan masterplan, Permission permission) {
        return access.can(masterplan.regionCode(), permission) || access.isAssignedExpert(masterplan.regionCode());
    }

    /** Outputs done and last activity of each masterplan, in a few queries for all of them. */
    @Transactional(readOnly = true)
    public Map<Long, BimtekProgress> progress(Collection<Masterplan> visible) {
        List<Long> ids = visible.stream().map(Masterplan::id).toList();
        Map<Long, List<Integer>> held = store.stagesHeld(ids);
        Map<Long, Map<String, Boolean>> ticked = store.tickDecisions(ids);
        Map<Long, Instant> activity = store.lastActivity(ids);
        Map<Long, Set<StageOutput>> shown = evidence(ids);
        Map<Long, Integer> cohorts = store.cohorts(ids);
        Map<Long, BimtekProgress> progress = new HashMap<>();
        int total = StageOutput.values().length;
        for (Masterplan m : visible) {
            Set<StageOutput> auto = automatic(m, held.getOrDefault(m.id(), List.of()));
            auto.addAll(shown.getOrDefault(m.id(), Set.of()));
            Map<String, Boolean> manual = ticked.getOrDefault(m.id(), Map.of());
            int done = (int) java.util.Arrays.stream(StageOutput.values())
                    .filter(o -> manual.getOrDefault(o.name(), auto.contains(o)))
                    .count();
            Instant last = activity.get(m.id());
            Instant latest = last == null || m.updatedAt().isAfter(last) ? m.updatedAt() : last;
            progress.put(m.id(), new BimtekProgress(m.id(), done, total, latest, cohorts.get(m.id())));
        }
        return progress;
    }

    private List<Stage> stagesOf(Masterplan masterplan) {
        Map<Integer, StageStore.StageRow> rows = store.stages(masterplan.id());
        Map<String, StageStore.Tick> ticks = store.ticks(masterplan.id());
        Set<StageOutput> auto = automatic(
                masterplan, store.stagesHeld(List.of(masterplan.id())).getOrDefault(masterplan.id(), List.of()));
        auto.addAll(evidence(List.of(masterplan.id())).getOrDefault(masterplan.id(), Set.of()));
        Map<StageOutput, Long> counts = new HashMap<>();
        evidence.forEach(source -> counts.putAll(source.counts(masterplan.id())));
        return IntStream.rangeClosed(1, Masterplan.STAGES)
                .mapToObj(n -> {
                    StageStore.StageRow row =
                            rows.getOrDefault(n, new StageStore.StageRow(n, null, null, null, null, null, null));
                    StageStatus status = row.closedAt() != null || n < masterplan.stage()
                            ? StageStatus.CLOSED
                            : n == masterplan.stage() ? StageStatus.IN_PROGRESS : StageStatus.PLANNED;
                    List<Stage.Output> outputs = StageOutput.ofStage(n).stream()
                            .map(o -> output(o, auto.contains(o), ticks.get(o.name()), counts.get(o)))
                            .toList();
                    return new Stage(
                            n,
                            status,
                            row.plannedStart(),
                            row.plannedEnd(),
                            row.actualStart(),
                            row.actualEnd(),
                            row.closedAt(),
                            row.closedBy(),
                            outputs);
                })
                .toList();
    }

    /** Outputs other modules' data shows, for all of {@code ids} in one call per module. */
    private Map<Long, Set<StageOutput>> evidence(List<Long> ids) {
        Map<Long, Set<StageOutput>> shown = new HashMap<>();
        if (ids.isEmpty()) {
            return shown;
        }
        for (StageOutputEvidence source : evidence) {
            source.outputsDone(ids)
                    .forEach((id, outputs) -> shown.computeIfAbsent(id, k -> new java.util.HashSet<>())
                            .addAll(outputs));
        }
        return shown;
    }

    /** A tick by hand (done or not) overrides what the data shows. */
    private static Stage.Output output(StageOutput output, boolean automatic, StageStore.Tick tick, Long count) {
        return new Stage.Output(
                output,
                tick == null ? automatic : tick.done(),
                automatic,
                tick == null ? null : tick.note(),
                tick == null ? null : tick.tickedBy(),
                tick == null ? null : tick.tickedAt(),
                count);
    }

    /** Outputs the data itself shows: sessions held with attendance, the plan adopted. */
    private static Set<StageOutput> automatic(Masterplan masterplan, List<Integer> stagesHeld) {
        Set<StageOutput> done = new java.util.HashSet<>();
        stagesHeld.forEach(stage -> done.add(StageOutput.held(stage)));
        if (masterplan.status() == MasterplanStatus.ADOPTED) {
            done.add(StageOutput.MASTERPLAN_ADOPTED);
        }
        return done;
    }

    private Masterplan requireSteward(long masterplanId, Permission permission) {
        Masterplan masterplan = masterplans.get(masterplanId);
        if (!mayManage(masterplan, permission)) {
            throw new ForbiddenException();
        }
        return masterplan;
    }

    private static void checkNumber(int number) {
        if (number < 1 || number > Masterplan.STAGES) {
            throw new NotFoundException("stage " + number);
        }
    }

    private static void order(LocalDate start, LocalDate end, String field, List<FieldProblem> problems) {
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem(field, "bimtek.stage.endBeforeStart", new Object[0]));
        }
    }
}
