package id.rancang.review;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Offices;
import id.rancang.shared.DateBounds;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitment sheet of a masterplan: who signed it (the regent first, then the vice regent,
 * council members and office heads) and when. The authors record the signed sheet; everyone who
 * reads the masterplan sees it, and the published Buku 2 prints it.
 */
@Service
@Transactional
public class Commitments {

    private static final String ENTITY = "commitmentSignatory";
    private static final Comparator<Signatory> SHEET_ORDER = Comparator.comparing(Signatory::role)
            .thenComparing(Signatory::signedOn)
            .thenComparing(Signatory::id);

    private final SignatoryRepository repository;
    private final Masterplans masterplans;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    Commitments(
            SignatoryRepository repository,
            Masterplans masterplans,
            Offices offices,
            AuditTrail audit,
            Clock clock,
            ZoneId displayZone) {
        this.repository = repository;
        this.masterplans = masterplans;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
        this.zone = displayZone;
    }

    /** The signatories in the order of the sheet: by role, then by date signed. */
    @Transactional(readOnly = true)
    public List<Signatory> signatories(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return repository.findAllInMasterplan(masterplan.id()).stream()
                .map(SignatoryEntity::toSignatory)
                .sorted(SHEET_ORDER)
                .toList();
    }

    public Signatory add(long masterplanId, SignatoryCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        String officeCode = checked(masterplan, command);
        SignatoryEntity entity = new SignatoryEntity();
        entity.masterplanId = masterplan.id();
        entity.name = command.name().strip();
        entity.position = command.position().strip();
        entity.officeCode = officeCode;
        entity.role = command.role();
        entity.signedOn = command.signedOn();
        entity.note = command.note() == null || command.note().isBlank()
                ? null
                : command.note().strip();
        entity.createdAt = clock.instant();
        Signatory created = repository.save(entity).toSignatory();
        audit.record(masterplan.regionCode(), ENTITY, created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    public void remove(long masterplanId, long signatoryId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        SignatoryEntity entity = repository
                .findInMasterplan(masterplan.id(), signatoryId)
                .orElseThrow(() -> new NotFoundException("signatory " + signatoryId));
        repository.delete(entity);
        audit.record(masterplan.regionCode(), ENTITY, signatoryId, AuditAction.DELETED, entity.toSignatory(), null);
    }

    /** Checks what Bean Validation cannot; returns the office code in its stored form. */
    private String checked(Masterplan masterplan, SignatoryCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.signedOn().isAfter(LocalDate.now(clock.withZone(zone)))) {
            problems.add(new FieldProblem("signedOn", "commitment.signedOn.future", new Object[0]));
        } else {
            DateBounds.check(command.signedOn(), "signedOn", problems);
        }
        String officeCode = null;
        if (command.officeCode() != null && !command.officeCode().isBlank()) {
            String code = command.officeCode().strip().toUpperCase(Locale.ROOT);
            officeCode = offices.codes(masterplan.regionCode().value()).contains(code) ? code : null;
            if (officeCode == null) {
                problems.add(new FieldProblem("officeCode", "commitment.officeCode.unknown", new Object[] {code}));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return officeCode;
    }
}
