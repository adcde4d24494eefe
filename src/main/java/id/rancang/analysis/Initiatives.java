package id.rancang.analysis;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.region.Office;
import id.rancang.region.Offices;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The initiatives already running in a masterplan's region. */
@Service
@Transactional
public class Initiatives {

    private static final String ENTITY = "analysis-initiative";

    private final InitiativeRepository repository;
    private final MasterplanContext context;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    Initiatives(
            InitiativeRepository repository,
            MasterplanContext context,
            Offices offices,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.context = context;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Initiative> list(long masterplanId) {
        Masterplan masterplan = context.read(masterplanId);
        return repository.findAllInRegion(masterplan.regionCode().value(), masterplanId).stream()
                .map(InitiativeEntity::toInitiative)
                .toList();
    }

    @Transactional(readOnly = true)
    public Initiative get(long masterplanId, long id) {
        return entity(context.read(masterplanId), id).toInitiative();
    }

    public Initiative create(long masterplanId, InitiativeCommand command) {
        Masterplan masterplan = context.edit(masterplanId);
        List<FieldProblem> problems = check(masterplan, command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return insert(masterplan, command, null);
    }

    /** Records an initiative raised elsewhere, e.g. in a Bimtek session, keeping where it came from. */
    public Initiative createFrom(long masterplanId, InitiativeCommand command, SourceReference source) {
        Masterplan masterplan = context.edit(masterplanId);
        List<FieldProblem> problems = check(masterplan, command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return insert(masterplan, command, source);
    }

    /** Initiatives raised in one source (e.g. a session), oldest first. */
    @Transactional(readOnly = true)
    public List<Initiative> fromSource(long masterplanId, String sourceKind, long sourceId) {
        Masterplan masterplan = context.read(masterplanId);
        return repository
                .findFromSourceInRegion(masterplan.regionCode().value(), masterplanId, sourceKind, sourceId)
                .stream()
                .map(InitiativeEntity::toInitiative)
                .toList();
    }

    public Initiative update(long masterplanId, long id, InitiativeCommand command) {
        Masterplan masterplan = context.edit(masterplanId);
        InitiativeEntity entity = entity(masterplan, id);
        Initiative before = entity.toInitiative();
        if (command.version() != null && !Objects.equals(command.version(), entity.version)) {
            throw new OptimisticLockingFailureException(ENTITY + " " + id + " changed meanwhile");
        }
        List<FieldProblem> problems = check(masterplan, command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        apply(entity, command);
        Initiative after = repository.save(entity).toInitiative();
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.UPDATED, before, after);
        return after;
    }

    public void delete(long masterplanId, long id) {
        Masterplan masterplan = context.edit(masterplanId);
        InitiativeEntity entity = entity(masterplan, id);
        repository.delete(entity);
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.DELETED, entity.toInitiative(), null);
    }

    /** Inserts checked rows (see {@link AnalysisSpreadsheets}, which checks all rows first). */
    void insertAll(Masterplan masterplan, List<InitiativeCommand> rows) {
        rows.forEach(row -> insert(masterplan, row, null));
    }

    List<FieldProblem> check(Masterplan masterplan, InitiativeCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        Text.required(command.name(), "name", 200, problems);
        Text.max(command.description(), "description", 4000, problems);
        context.checkDimension(
                masterplan, command.dimension(), command.subDimension(), true, "dimension", "subDimension", problems);
        if (command.type() == null) {
            problems.add(new FieldProblem("type", "analysis.field.required", new Object[0]));
        }
        Text.max(command.spbeService(), "spbeService", 200, problems);
        if (!Text.isBlank(command.ownerOffice())) {
            String code = command.ownerOffice().strip().toUpperCase(Locale.ROOT);
            boolean known = offices.list(masterplan.regionCode().value()).stream()
                    .map(Office::code)
                    .anyMatch(code::equals);
            if (!known) {
                problems.add(new FieldProblem(
                        "ownerOffice", "analysis.office.unknown", new Object[] {command.ownerOffice()}));
            }
        }
        return problems;
    }

    private Initiative insert(Masterplan masterplan, InitiativeCommand command, SourceReference source) {
        InitiativeEntity entity = new InitiativeEntity();
        entity.masterplanId = masterplan.id();
        entity.regionCode = masterplan.regionCode().value();
        entity.createdAt = clock.instant();
        entity.source(source);
        apply(entity, command);
        Initiative created = repository.save(entity).toInitiative();
        audit.record(masterplan.regionCode(), ENTITY, created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    private void apply(InitiativeEntity entity, InitiativeCommand command) {
        entity.name = command.name().strip();
        entity.description = Text.strip(command.description());
        entity.ownerOffice = Text.isBlank(command.ownerOffice())
                ? null
                : command.ownerOffice().strip().toUpperCase(Locale.ROOT);
        entity.dimension = command.dimension().strip();
        entity.subDimension = Text.strip(command.subDimension());
        entity.type = command.type().name();
        entity.status = Objects.requireNonNullElse(command.status(), InitiativeStatus.OPERATIONAL)
                .name();
        entity.spbeService = Text.strip(command.spbeService());
        entity.updatedAt = clock.instant();
    }

    private InitiativeEntity entity(Masterplan masterplan, long id) {
        return repository
                .findInRegion(masterplan.regionCode().value(), masterplan.id(), id)
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }
}
