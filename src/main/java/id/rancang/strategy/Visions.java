package id.rancang.strategy;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.Permission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The smart city vision and missions of a masterplan. */
@Service
@Transactional
public class Visions {

    private final VisionRepository repository;
    private final Masterplans masterplans;
    private final AuditTrail audit;
    private final Clock clock;

    Visions(VisionRepository repository, Masterplans masterplans, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.masterplans = masterplans;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Vision> find(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return repository.findInMasterplan(masterplan.id()).map(VisionEntity::toVision);
    }

    public Vision save(long masterplanId, VisionCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Optional<VisionEntity> existing = repository.findInMasterplan(masterplan.id());
        VisionEntity entity = existing.orElseGet(() -> {
            VisionEntity created = new VisionEntity();
            created.masterplanId = masterplan.id();
            created.fresh = true;
            return created;
        });
        Vision before = existing.map(VisionEntity::toVision).orElse(null);
        if (existing.isPresent() && command.version() != null && !Objects.equals(command.version(), entity.version)) {
            throw new OptimisticLockingFailureException("vision of " + masterplanId + " changed meanwhile");
        }
        entity.vision = command.statement().strip();
        List<VisionEntity.MissionRow> missions = new ArrayList<>();
        if (command.missions() != null) {
            command.missions().stream()
                    .filter(m -> m != null && !m.isBlank())
                    .map(m -> new VisionEntity.MissionRow(m.strip()))
                    .forEach(missions::add);
        }
        entity.missions = missions;
        entity.updatedAt = clock.instant();
        Vision after = repository.save(entity).toVision();
        audit.record(
                masterplan.regionCode(),
                "vision",
                masterplan.id(),
                before == null ? AuditAction.CREATED : AuditAction.UPDATED,
                before,
                after);
        return after;
    }
}
