package id.rancang.masterplan;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.framework.Frameworks;
import id.rancang.region.Offices;
import id.rancang.region.Region;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.PlanPeriod;
import id.rancang.shared.RegionCode;
import id.rancang.shared.TenantScope;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, reads and changes masterplans. A region has at most one active plan for any year; the
 * check runs under a lock on the region so two people starting plans at once cannot both win.
 */
@Service
@Transactional
public class Masterplans {

    /** The earliest start year accepted; the national programme began in 2017. */
    static final int EARLIEST_START = 2015;
    /** How far ahead a plan may start. */
    static final int LATEST_START_AHEAD = 10;

    private static final String ENTITY = "masterplan";

    private final MasterplanRepository repository;
    private final Regions regions;
    private final Frameworks frameworks;
    private final Offices offices;
    private final AccessControl access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    Masterplans(
            MasterplanRepository repository,
            Regions regions,
            Frameworks frameworks,
            Offices offices,
            AccessControl access,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock,
            ZoneId displayZone) {
        this.repository = repository;
        this.regions = regions;
        this.frameworks = frameworks;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = displayZone;
    }

    /** The masterplan, if the current user may read its region; "not found" otherwise. */
    @Transactional(readOnly = true)
    public Masterplan get(long id) {
        TenantScope scope = access.scope(Permission.READ);
        return repository
                .findInScope(id, scope.allRegions(), scope.codesForQuery())
                .map(MasterplanEntity::toMasterplan)
                .orElseThrow(() -> new NotFoundException("masterplan " + id));
    }

    /** The masterplan, requiring {@code permission} in its region (403 if only readable). */
    @Transactional(readOnly = true)
    public Masterplan require(long id, Permission permission) {
        Masterplan masterplan = get(id);
        access.require(masterplan.regionCode(), permission, "masterplan " + id);
        return masterplan;
    }

    @Transactional(readOnly = true)
    public List<Masterplan> visible() {
        TenantScope scope = access.scope(Permission.READ);
        return repository.findAllInScope(scope.allRegions(), scope.codesForQuery()).stream()
                .map(MasterplanEntity::toMasterplan)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Masterplan> ofRegion(String regionCode) {
        Region region = regions.get(regionCode);
        access.require(region.code(), Permission.READ, "region " + regionCode);
        return repository.findAllInRegion(region.code().value()).stream()
                .map(MasterplanEntity::toMasterplan)
                .toList();
    }

    /** Whether the current user may start a plan in some region (to offer the button). */
    @Transactional(readOnly = true)
    public boolean mayCreateAnywhere() {
        TenantScope scope = access.scope(Permission.EDIT);
        return scope.allRegions() || !scope.regionCodes().isEmpty();
    }

    /**
     * The regions in which the current user may start a plan; for a system administrator, the
     * regions that already have plans (any other is reached by typing its code).
     */
    @Transactional(readOnly = true)
    public List<RegionCode> editableRegions() {
        TenantScope scope = access.scope(Permission.EDIT);
        if (!scope.allRegions()) {
            return scope.regionCodes().stream().map(RegionCode::of).toList();
        }
        return jdbc.sql("select distinct region_code from masterplan").query(String.class).list().stream()
                .map(RegionCode::of)
                .toList();
    }

    public Masterplan create(CreateMasterplanCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Region> region = checkRegion(command.regionCode(), problems);
        String framework = command.framework() == null || command.framework().isBlank()
                ? frameworks.defaultFramework().code()
                : command.framework().strip();
        if (frameworks.find(framework).isEmpty()) {
            problems.add(new FieldProblem("framework", "masterplan.framework.unknown", new Object[] {framework}));
        }
        checkYears(command.startYear(), command.horizonYears(), problems);
        checkTitle(command.title(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RegionCode code = region.orElseThrow().code();
        access.require(code, Permission.EDIT, "region " + code);
        PlanPeriod period = PlanPeriod.of(command.startYear(), command.horizonYears());
        lockRegion(code);
        checkNoOverlap(code, period, null);

        MasterplanEntity entity = new MasterplanEntity();
        entity.regionCode = code.value();
        entity.frameworkCode = framework;
        entity.startYear = command.startYear();
        entity.horizonYears = command.horizonYears();
        entity.title = command.title().strip();
        entity.stage = 1;
        entity.status = MasterplanStatus.DRAFT.name();
        entity.createdAt = clock.instant();
        entity.updatedAt = entity.createdAt;
        Masterplan created = repository.save(entity).toMasterplan();
        offices.ensureDefaults(code);
        audit.record(code, ENTITY, created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    /**
     * Changes the title, years and status. The stage is not changed here: it moves on only when a
     * Bimtek stage is closed ({@link #advanceStage}), and a plan becomes {@code ADOPTED} only
     * through {@link #adopt}. A command that asks for another stage or for adoption is refused
     * (422) naming the field; sending back the current values is accepted.
     */
    public Masterplan update(long id, UpdateMasterplanCommand command) {
        Masterplan before = require(id, Permission.EDIT);
        if (command.version() != null && command.version() != before.version()) {
            throw new OptimisticLockingFailureException("masterplan " + id + " changed meanwhile");
        }
        int startYear = Objects.requireNonNullElse(command.startYear(), before.startYear());
        int horizon = Objects.requireNonNullElse(command.horizonYears(), before.horizonYears());
        MasterplanStatus status = Objects.requireNonNullElse(command.status(), before.status());
        String title = command.title() == null ? before.title() : command.title();
        List<FieldProblem> problems = new ArrayList<>();
        checkYears(startYear, horizon, problems);
        checkTitle(title, problems);
        if (command.stage() != null && command.stage() != before.stage()) {
            problems.add(new FieldProblem("stage", "masterplan.stage.notEditable", new Object[] {before.stage()}));
        }
        if (status != before.status()) {
            if (status == MasterplanStatus.ADOPTED) {
                problems.add(
                        new FieldProblem("status", "masterplan.status.adoptionOnly", new Object[] {Masterplan.STAGES}));
            } else if (before.status() == MasterplanStatus.ADOPTED && status == MasterplanStatus.DRAFT) {
                problems.add(new FieldProblem("status", "masterplan.status.adoptedStays", new Object[0]));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (status.isActive()) {
            lockRegion(before.regionCode());
            checkNoOverlap(before.regionCode(), PlanPeriod.of(startYear, horizon), id);
        }
        MasterplanEntity entity = repository
                .findInScope(id, false, List.of(before.regionCode().value()))
                .orElseThrow(() -> new NotFoundException("masterplan " + id));
        entity.version = command.version() == null ? entity.version : command.version();
        entity.title = title.strip();
        entity.startYear = startYear;
        entity.horizonYears = horizon;
        entity.status = status.name();
        entity.updatedAt = clock.instant();
        Masterplan after = repository.save(entity).toMasterplan();
        audit.record(before.regionCode(), ENTITY, id, AuditAction.UPDATED, before, after);
        return after;
    }

    /**
     * Adopts a draft plan that has reached the last Bimtek stage, on behalf of the council: needs
     * the approve permission in its region (403 otherwise); a plan not yet at the last stage or no
     * longer a draft is refused (409).
     */
    public Masterplan adopt(long id) {
        Masterplan before = require(id, Permission.APPROVE);
        if (before.status() != MasterplanStatus.DRAFT) {
            throw new ConflictException("masterplan.adopt.notDraft", before.title());
        }
        if (before.stage() < Masterplan.STAGES) {
            throw new ConflictException("masterplan.adopt.notLastStage", before.stage(), Masterplan.STAGES);
        }
        MasterplanEntity entity = repository
                .findInScope(id, false, List.of(before.regionCode().value()))
                .orElseThrow(() -> new NotFoundException("masterplan " + id));
        entity.status = MasterplanStatus.ADOPTED.name();
        entity.updatedAt = clock.instant();
        Masterplan after = repository.save(entity).toMasterplan();
        audit.record(before.regionCode(), ENTITY, id, AuditAction.UPDATED, before, after);
        return after;
    }

    /** Whether the current user may adopt the plan now (to offer the button). */
    @Transactional(readOnly = true)
    public boolean mayAdopt(Masterplan masterplan) {
        return masterplan.status() == MasterplanStatus.DRAFT
                && masterplan.stage() == Masterplan.STAGES
                && access.can(masterplan.regionCode(), Permission.APPROVE);
    }

    /**
     * Moves the plan on after its Bimtek stage {@code closedStage} was closed: to the next stage, or
     * stays at the last. Allowed to the region's administrators and to those who review it (the
     * assigned expert), who close stages; never moves a plan back.
     */
    public Masterplan advanceStage(long id, int closedStage) {
        Masterplan before = get(id);
        if (!access.can(before.regionCode(), Permission.ADMINISTER)
                && !access.can(before.regionCode(), Permission.REVIEW)) {
            throw new ForbiddenException();
        }
        int next = Math.min(closedStage + 1, Masterplan.STAGES);
        if (next <= before.stage()) {
            return before;
        }
        MasterplanEntity entity = repository
                .findInScope(id, false, List.of(before.regionCode().value()))
                .orElseThrow(() -> new NotFoundException("masterplan " + id));
        entity.stage = next;
        entity.updatedAt = clock.instant();
        Masterplan after = repository.save(entity).toMasterplan();
        audit.record(before.regionCode(), ENTITY, id, AuditAction.UPDATED, before, after);
        return after;
    }

    private Optional<Region> checkRegion(String regionCode, List<FieldProblem> problems) {
        if (regionCode == null || regionCode.isBlank()) {
            problems.add(new FieldProblem("regionCode", "masterplan.region.required", new Object[0]));
            return Optional.empty();
        }
        Optional<Region> region = RegionCode.parse(regionCode.strip()).flatMap(regions::find);
        if (region.isEmpty()) {
            problems.add(new FieldProblem("regionCode", "region.unknown", new Object[] {regionCode}));
        } else if (!region.get().type().isRegencyOrCity()) {
            problems.add(new FieldProblem("regionCode", "region.notRegencyOrCity", new Object[] {regionCode}));
            return Optional.empty();
        }
        return region;
    }

    private void checkYears(Integer startYear, Integer horizonYears, List<FieldProblem> problems) {
        int latest = Year.now(clock.withZone(zone)).getValue() + LATEST_START_AHEAD;
        if (startYear == null) {
            problems.add(new FieldProblem("startYear", "masterplan.startYear.required", new Object[0]));
        } else if (startYear < EARLIEST_START || startYear > latest) {
            problems.add(
                    new FieldProblem("startYear", "masterplan.startYear.range", new Object[] {EARLIEST_START, latest}));
        }
        if (horizonYears == null) {
            problems.add(new FieldProblem("horizonYears", "masterplan.horizon.required", new Object[0]));
        } else if (horizonYears < Masterplan.MIN_HORIZON || horizonYears > Masterplan.MAX_HORIZON) {
            problems.add(new FieldProblem("horizonYears", "masterplan.horizon.range", new Object[] {
                Masterplan.MIN_HORIZON, Masterplan.MAX_HORIZON
            }));
        }
    }

    private static void checkTitle(String title, List<FieldProblem> problems) {
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "masterplan.title.required", new Object[0]));
        } else if (title.strip().length() > 200) {
            problems.add(new FieldProblem("title", "masterplan.title.size", new Object[] {200}));
        }
    }

    /** Serialises plan changes per region (a row lock; works the same on H2 and PostgreSQL). */
    private void lockRegion(RegionCode region) {
        jdbc.sql("select code from region where code = ? for update")
                .param(region.value())
                .query(String.class)
                .single();
    }

    private void checkNoOverlap(RegionCode region, PlanPeriod period, Long except) {
        repository.findAllInRegion(region.value()).stream()
                .map(MasterplanEntity::toMasterplan)
                .filter(other -> other.status().isActive() && !Objects.equals(other.id(), except))
                .filter(other -> other.period().overlaps(period))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException(
                            "masterplan.overlap", other.title(), other.period().label());
                });
    }
}
