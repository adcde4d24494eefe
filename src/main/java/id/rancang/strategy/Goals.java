package id.rancang.strategy;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goals of a masterplan, per dimension of its framework. Deleting a goal deletes its indicators. */
@Service
@Transactional
public class Goals {

    private static final String ENTITY = "goal";

    private final GoalRepository repository;
    private final Masterplans masterplans;
    private final Frameworks frameworks;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Goals(
            GoalRepository repository,
            Masterplans masterplans,
            Frameworks frameworks,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
        this.masterplans = masterplans;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Goal> list(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return repository.findAllInMasterplan(masterplan.id()).stream()
                .map(GoalEntity::toGoal)
                .toList();
    }

    @Transactional(readOnly = true)
    public Goal get(long masterplanId, long goalId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return entity(masterplan, goalId).toGoal();
    }

    /** The ids of the masterplan's goals, to check references to them. */
    @Transactional(readOnly = true)
    public Set<Long> goalIds(long masterplanId) {
        return list(masterplanId).stream().map(Goal::id).collect(Collectors.toSet());
    }

    public Goal create(long masterplanId, GoalCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        checkDimension(masterplan, command.dimension());
        GoalEntity entity = new GoalEntity();
        entity.masterplanId = masterplan.id();
        entity.createdAt = clock.instant();
        apply(entity, command);
        Goal created = repository.save(entity).toGoal();
        audit.record(masterplan.regionCode(), ENTITY, created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    public Goal update(long masterplanId, long goalId, GoalCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        GoalEntity entity = entity(masterplan, goalId);
        Goal before = entity.toGoal();
        if (command.version() != null && !Objects.equals(command.version(), entity.version)) {
            throw new OptimisticLockingFailureException("goal " + goalId + " changed meanwhile");
        }
        checkDimension(masterplan, command.dimension());
        apply(entity, command);
        Goal after = repository.save(entity).toGoal();
        audit.record(masterplan.regionCode(), ENTITY, goalId, AuditAction.UPDATED, before, after);
        return after;
    }

    /**
     * Deletes a goal together with its indicators, which measure nothing without it (each deletion
     * audited), and, through {@link GoalDeleted}, the links of programmes to it; all in one
     * transaction.
     */
    public void delete(long masterplanId, long goalId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        GoalEntity entity = entity(masterplan, goalId);
        Goal before = entity.toGoal();
        events.publishEvent(new GoalDeleted(masterplan.id(), goalId));
        repository.delete(entity);
        audit.record(masterplan.regionCode(), ENTITY, goalId, AuditAction.DELETED, before, null);
    }

    private void checkDimension(Masterplan masterplan, String dimension) {
        if (frameworks.get(masterplan.framework()).dimension(dimension.strip()).isEmpty()) {
            throw InvalidInputException.of("dimension", "goal.dimension.unknown", dimension);
        }
    }

    private void apply(GoalEntity entity, GoalCommand command) {
        entity.dimension = command.dimension().strip();
        entity.statement = command.statement().strip();
        entity.target = blankToNull(command.target());
        entity.strategy = blankToNull(command.strategy());
        entity.updatedAt = clock.instant();
    }

    private GoalEntity entity(Masterplan masterplan, long goalId) {
        return repository
                .findInMasterplan(masterplan.id(), goalId)
                .orElseThrow(() -> new NotFoundException("goal " + goalId));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
