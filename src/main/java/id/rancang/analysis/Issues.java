package id.rancang.analysis;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems and potentials of a masterplan. Dimension codes must belong to the masterplan's
 * framework and district or village codes to its region; severity is 1–5.
 */
@Service
@Transactional
public class Issues {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    private static final String ENTITY = "analysis-issue";

    private final IssueRepository repository;
    private final MasterplanContext context;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Issues(
            IssueRepository repository,
            MasterplanContext context,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.context = context;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Issue> list(long masterplanId, IssueKind kind) {
        Masterplan masterplan = context.read(masterplanId);
        return repository.findAllInRegion(masterplan.regionCode().value(), masterplanId, kind.name()).stream()
                .map(IssueEntity::toIssue)
                .toList();
    }

    /** The ids of the masterplan's problems, e.g. to check links from programmes. */
    @Transactional(readOnly = true)
    public Set<Long> problemIds(long masterplanId) {
        return list(masterplanId, IssueKind.PROBLEM).stream().map(Issue::id).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Issue get(long masterplanId, IssueKind kind, long id) {
        Masterplan masterplan = context.read(masterplanId);
        return entity(masterplan, kind, id).toIssue();
    }

    public Issue create(long masterplanId, IssueKind kind, IssueCommand command) {
        Masterplan masterplan = context.edit(masterplanId);
        List<FieldProblem> problems = check(masterplan, command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return insert(masterplan, kind, command, null);
    }

    /**
     * Records a problem or potential raised elsewhere, e.g. in a Bimtek session, keeping where it
     * came from so that the analysis pages can point back to it.
     */
    public Issue createFrom(long masterplanId, IssueKind kind, IssueCommand command, SourceReference source) {
        Masterplan masterplan = context.edit(masterplanId);
        List<FieldProblem> problems = check(masterplan, command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return insert(masterplan, kind, command, source);
    }

    /** Problems and potentials raised in one source (e.g. a session), oldest first. */
    @Transactional(readOnly = true)
    public List<Issue> fromSource(long masterplanId, String sourceKind, long sourceId) {
        Masterplan masterplan = context.read(masterplanId);
        return repository
                .findFromSourceInRegion(masterplan.regionCode().value(), masterplanId, sourceKind, sourceId)
                .stream()
                .map(IssueEntity::toIssue)
                .toList();
    }

    public Issue update(long masterplanId, IssueKind kind, long id, IssueCommand command) {
        Masterplan masterplan = context.edit(masterplanId);
        IssueEntity entity = entity(masterplan, kind, id);
        Issue before = entity.toIssue();
        if (command.version() != null && !Objects.equals(command.version(), entity.version)) {
            throw new OptimisticLockingFailureException(ENTITY + " " + id + " changed meanwhile");
        }
        List<FieldProblem> problems = check(masterplan, command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        apply(entity, command);
        Issue after = repository.save(entity).toIssue();
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.UPDATED, before, after);
        return after;
    }

    public void delete(long masterplanId, IssueKind kind, long id) {
        Masterplan masterplan = context.edit(masterplanId);
        IssueEntity entity = entity(masterplan, kind, id);
        repository.delete(entity);
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.DELETED, entity.toIssue(), null);
        if (kind == IssueKind.PROBLEM) {
            events.publishEvent(new ProblemDeleted(masterplan.id(), id));
        }
    }

    /** Inserts checked rows (see {@link AnalysisSpreadsheets}, which checks all rows first). */
    void insertAll(Masterplan masterplan, IssueKind kind, List<IssueCommand> rows) {
        rows.forEach(row -> insert(masterplan, kind, row, null));
    }

    /** Every problem of {@code command}, named by the API field, without throwing. */
    List<FieldProblem> check(Masterplan masterplan, IssueCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        context.checkDimension(
                masterplan, command.dimension(), command.subDimension(), true, "dimension", "subDimension", problems);
        Text.required(command.title(), "title", MAX_TITLE, problems);
        Text.max(command.description(), "description", MAX_DESCRIPTION, problems);
        Text.range(command.severity(), "severity", 1, 5, true, problems);
        context.checkDistricts(masterplan, command.districtCodes(), "districtCodes", problems);
        Evidence evidence = command.evidence();
        if (evidence != null) {
            Text.max(evidence.figure(), "evidence.figure", 200, problems);
            Text.max(evidence.source(), "evidence.source", 300, problems);
            Text.range(evidence.year(), "evidence.year", 1945, Year.now(clock).getValue(), false, problems);
        }
        return problems;
    }

    private Issue insert(Masterplan masterplan, IssueKind kind, IssueCommand command, SourceReference source) {
        IssueEntity entity = new IssueEntity();
        entity.masterplanId = masterplan.id();
        entity.regionCode = masterplan.regionCode().value();
        entity.kind = kind.name();
        entity.createdAt = clock.instant();
        entity.source(source);
        apply(entity, command);
        Issue created = repository.save(entity).toIssue();
        audit.record(masterplan.regionCode(), ENTITY, created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    private void apply(IssueEntity entity, IssueCommand command) {
        entity.dimension = command.dimension().strip();
        entity.subDimension = Text.strip(command.subDimension());
        entity.title = command.title().strip();
        entity.description = Text.strip(command.description());
        entity.severity = command.severity();
        entity.districtCodes = command.districtCodes() == null
                ? ""
                : String.join(
                        ",",
                        command.districtCodes().stream()
                                .map(String::strip)
                                .distinct()
                                .toList());
        Evidence evidence = command.evidence() == null ? new Evidence(null, null, null) : command.evidence();
        entity.evidenceFigure = Text.strip(evidence.figure());
        entity.evidenceYear = evidence.year();
        entity.evidenceSource = Text.strip(evidence.source());
        entity.origin =
                Objects.requireNonNullElse(command.origin(), IssueOrigin.TEAM).name();
        entity.updatedAt = clock.instant();
    }

    private IssueEntity entity(Masterplan masterplan, IssueKind kind, long id) {
        return repository
                .findInRegion(masterplan.regionCode().value(), masterplan.id(), kind.name(), id)
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }
}
