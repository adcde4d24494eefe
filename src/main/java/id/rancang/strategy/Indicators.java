package id.rancang.strategy;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a masterplan's goals and programmes. An indicator belongs to its goal: deleting
 * the goal deletes its indicators (never left without a goal).
 */
@Service
@Transactional
public class Indicators {

    /** How far before the plan a baseline may lie. */
    static final int BASELINE_YEARS_BEFORE = 10;

    private static final String ENTITY = "indicator";

    private final IndicatorRepository repository;
    private final Masterplans masterplans;
    private final Goals goals;
    private final IndicatorCatalogue catalogue;
    private final ObjectProvider<ProgrammeDirectory> programmes;
    private final AuditTrail audit;
    private final Clock clock;

    Indicators(
            IndicatorRepository repository,
            Masterplans masterplans,
            Goals goals,
            IndicatorCatalogue catalogue,
            ObjectProvider<ProgrammeDirectory> programmes,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.masterplans = masterplans;
        this.goals = goals;
        this.catalogue = catalogue;
        this.programmes = programmes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Indicator> list(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Map<Long, String> codes = programmeCodes(masterplan);
        return repository.findAllInMasterplan(masterplan.id()).stream()
                .map(e -> e.toIndicator(codes))
                .toList();
    }

    @Transactional(readOnly = true)
    public Indicator get(long masterplanId, long indicatorId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return entity(masterplan, indicatorId).toIndicator(programmeCodes(masterplan));
    }

    public Indicator create(long masterplanId, IndicatorCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        IndicatorEntity entity = new IndicatorEntity();
        entity.masterplanId = masterplan.id();
        apply(masterplan, command, entity);
        entity.createdAt = clock.instant();
        entity.updatedAt = entity.createdAt;
        Indicator created = repository.save(entity).toIndicator(programmeCodes(masterplan));
        audit.record(masterplan.regionCode(), ENTITY, created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    /**
     * Replaces an indicator with {@code command}, checked as on creation; a {@code version} other
     * than the stored one means someone else changed it meanwhile.
     */
    public Indicator update(long masterplanId, long indicatorId, IndicatorCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        IndicatorEntity entity = entity(masterplan, indicatorId);
        Map<Long, String> codes = programmeCodes(masterplan);
        Indicator before = entity.toIndicator(codes);
        if (command.version() != null && !Objects.equals(command.version(), entity.version)) {
            throw new OptimisticLockingFailureException(ENTITY + " " + indicatorId + " changed meanwhile");
        }
        apply(masterplan, command, entity);
        entity.updatedAt = clock.instant();
        Indicator after = repository.save(entity).toIndicator(programmeCodes(masterplan));
        audit.record(masterplan.regionCode(), ENTITY, indicatorId, AuditAction.UPDATED, before, after);
        return after;
    }

    public void delete(long masterplanId, long indicatorId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        IndicatorEntity entity = entity(masterplan, indicatorId);
        Indicator before = entity.toIndicator(programmeCodes(masterplan));
        repository.delete(entity);
        audit.record(masterplan.regionCode(), ENTITY, indicatorId, AuditAction.DELETED, before, null);
    }

    /** Deletes, with an audit entry each, the indicators of a goal that is being deleted. */
    @EventListener
    void on(GoalDeleted event) {
        Masterplan masterplan = masterplans.get(event.masterplanId());
        long goalId = event.goalId();
        Map<Long, String> codes = programmeCodes(masterplan);
        for (IndicatorEntity entity : repository.findAllOfGoal(masterplan.id(), goalId)) {
            Indicator before = entity.toIndicator(codes);
            repository.delete(entity);
            audit.record(masterplan.regionCode(), ENTITY, entity.id, AuditAction.DELETED, before, null);
        }
    }

    private void apply(Masterplan masterplan, IndicatorCommand command, IndicatorEntity entity) {
        List<FieldProblem> problems = new ArrayList<>();
        String catalogueCode = Goals.blankToNull(command.catalogueCode());
        Optional<CatalogueIndicator> picked = catalogueCode == null ? Optional.empty() : catalogue.find(catalogueCode);
        if (catalogueCode != null && picked.isEmpty()) {
            problems.add(problem("catalogueCode", "indicator.catalogueCode.unknown", catalogueCode));
        }
        entity.catalogueCode = catalogueCode;
        entity.name = Optional.ofNullable(Goals.blankToNull(command.name()))
                .or(() -> picked.map(c -> c.name().id()))
                .orElse(null);
        entity.unit = Optional.ofNullable(Goals.blankToNull(command.unit()))
                .or(() -> picked.map(CatalogueIndicator::unit))
                .orElse(null);
        Direction direction = Optional.ofNullable(command.direction())
                .or(() -> picked.map(CatalogueIndicator::direction))
                .orElse(null);
        if (entity.name == null) {
            problems.add(problem("name", "indicator.name.required"));
        }
        if (entity.unit == null) {
            problems.add(problem("unit", "indicator.unit.required"));
        }
        if (direction == null) {
            problems.add(problem("direction", "indicator.direction.required"));
        } else {
            entity.direction = direction.name();
        }
        entity.targets.clear();
        entity.goalId = null;
        entity.programmeId = null;
        checkYears(masterplan, command, entity, problems);
        checkLinks(masterplan, command, entity, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entity.baselineValue = command.baselineValue();
        entity.dataSource = Goals.blankToNull(command.dataSource());
    }

    private IndicatorEntity entity(Masterplan masterplan, long indicatorId) {
        return repository
                .findInMasterplan(masterplan.id(), indicatorId)
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + indicatorId));
    }

    private static void checkYears(
            Masterplan masterplan, IndicatorCommand command, IndicatorEntity entity, List<FieldProblem> problems) {
        Integer baseline = command.baselineYear();
        int earliest = masterplan.startYear() - BASELINE_YEARS_BEFORE;
        if (baseline != null && (baseline < earliest || baseline > masterplan.endYear())) {
            problems.add(problem("baselineYear", "indicator.baselineYear.range", earliest, masterplan.endYear()));
        }
        entity.baselineYear = baseline;
        if (command.targets() == null) {
            return;
        }
        command.targets().forEach((key, value) -> {
            String field = "targets." + key;
            Integer year = parseYear(key);
            if (year == null || year < masterplan.startYear() || year > masterplan.endYear()) {
                problems.add(
                        problem(field, "indicator.targets.year", key, masterplan.startYear(), masterplan.endYear()));
            } else if (value == null) {
                problems.add(problem(field, "indicator.targets.value", year));
            } else {
                entity.targets.put(year, new IndicatorEntity.TargetRow(value));
            }
        });
    }

    private void checkLinks(
            Masterplan masterplan, IndicatorCommand command, IndicatorEntity entity, List<FieldProblem> problems) {
        if (command.goalId() != null) {
            if (goals.goalIds(masterplan.id()).contains(command.goalId())) {
                entity.goalId = command.goalId();
            } else {
                problems.add(problem("goalId", "indicator.goalId.unknown", String.valueOf(command.goalId())));
            }
        }
        String programmeCode = Goals.blankToNull(command.programmeCode());
        if (programmeCode != null) {
            ProgrammeDirectory directory = programmes.getIfAvailable();
            Optional<Long> id = directory == null
                    ? Optional.empty()
                    : directory.idOf(masterplan.id(), programmeCode.toUpperCase(java.util.Locale.ROOT));
            if (id.isEmpty()) {
                problems.add(problem("programmeCode", "indicator.programmeCode.unknown", programmeCode));
            }
            entity.programmeId = id.orElse(null);
        }
    }

    private Map<Long, String> programmeCodes(Masterplan masterplan) {
        ProgrammeDirectory directory = programmes.getIfAvailable();
        return directory == null ? Map.of() : directory.codes(masterplan.id());
    }

    private static Integer parseYear(String key) {
        try {
            return Integer.valueOf(key.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, key, args);
    }
}
