package id.rancang.programme;

import id.rancang.analysis.Issues;
import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Offices;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.strategy.Goals;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes of a masterplan's action plan. Everyone who sees the masterplan reads them; its
 * editors create, change and remove them. A change over a newer version is refused, and every
 * change goes to the audit trail.
 */
@Service
@Transactional
public class Programmes {

    static final String ENTITY = "programme";

    private final ProgrammeRepository repository;
    private final Masterplans masterplans;
    private final Frameworks frameworks;
    private final Offices offices;
    private final Goals goals;
    private final Issues issues;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final List<StartYearPolicy> startYearPolicies;

    Programmes(
            ProgrammeRepository repository,
            Masterplans masterplans,
            Frameworks frameworks,
            Offices offices,
            Goals goals,
            Issues issues,
            AuditTrail audit,
            Clock clock,
            JdbcClient jdbc,
            List<StartYearPolicy> startYearPolicies) {
        this.startYearPolicies = List.copyOf(startYearPolicies);
        this.issues = issues;
        this.jdbc = jdbc;
        this.repository = repository;
        this.masterplans = masterplans;
        this.frameworks = frameworks;
        this.offices = offices;
        this.goals = goals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A stamp per masterplan that changes whenever one of its programmes is added, changed or
     * deleted (count and latest change), for caches of figures derived from the programmes.
     * Masterplans without programmes are missing. The caller has already read the masterplans.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> changeStamps(java.util.Collection<Long> masterplanIds) {
        if (masterplanIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> stamps = new java.util.HashMap<>();
        jdbc.sql("select masterplan_id, count(*), max(updated_at) from programme where masterplan_id in (:ids)"
                        + " group by masterplan_id")
                .param("ids", masterplanIds)
                .query(rs -> {
                    stamps.put(rs.getLong(1), rs.getLong(2) + "@" + rs.getObject(3, java.time.OffsetDateTime.class));
                });
        return stamps;
    }

    @Transactional(readOnly = true)
    public List<Programme> list(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return all(masterplan);
    }

    @Transactional(readOnly = true)
    public Programme get(long masterplanId, String code) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return entity(masterplan, code).toProgramme(codesById(masterplan));
    }

    public Programme create(long masterplanId, ProgrammeCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        List<ProgrammeEntity> existing = repository.findAllInMasterplan(masterplan.id());
        validate(masterplan, command, existing, null);
        String code = command.normalisedCode();
        if (existing.stream().anyMatch(p -> p.code.equals(code))) {
            throw new ConflictException("programme.code.taken", code);
        }
        ProgrammeEntity entity = new ProgrammeEntity();
        entity.masterplanId = masterplan.id();
        entity.createdAt = clock.instant();
        apply(entity, command, existing);
        Programme created = repository.save(entity).toProgramme(codesById(masterplan));
        audit.record(masterplan.regionCode(), ENTITY, subject(masterplan, code), AuditAction.CREATED, null, created);
        return created;
    }

    public Programme update(long masterplanId, String code, ProgrammeCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        ProgrammeEntity entity = entity(masterplan, code);
        Map<Long, String> codes = codesById(masterplan);
        Programme before = entity.toProgramme(codes);
        if (command.version() == null) {
            throw InvalidInputException.of("version", "programme.version.required");
        }
        if (!Objects.equals(command.version(), entity.version)) {
            throw new OptimisticLockingFailureException("programme " + code + " changed meanwhile");
        }
        List<ProgrammeEntity> existing = repository.findAllInMasterplan(masterplan.id());
        validate(masterplan, command, existing, entity.id);
        String newCode = command.normalisedCode();
        if (!newCode.equals(entity.code) && existing.stream().anyMatch(p -> p.code.equals(newCode))) {
            throw new ConflictException("programme.code.taken", newCode);
        }
        if (!Objects.equals(before.startYear(), command.startYear())) {
            Map<String, Integer> changed = new HashMap<>();
            changed.put(entity.code, command.startYear());
            startYearPolicies.forEach(policy -> policy.startYearsChanged(masterplan, changed));
        }
        apply(entity, command, existing);
        Programme after = repository.save(entity).toProgramme(codesById(masterplan));
        audit.record(masterplan.regionCode(), ENTITY, subject(masterplan, newCode), AuditAction.UPDATED, before, after);
        return after;
    }

    /**
     * Writes the start years of a plan made elsewhere (the adopted roadmap) onto the programmes,
     * without asking the {@link StartYearPolicy policies}: {@code versions} holds the version of
     * each programme that the plan was made from, and a programme changed since is refused with
     * {@link OptimisticLockingFailureException} (nothing is written). A {@code null} start year
     * leaves the programme open. Each programme whose start year changes goes to the audit trail.
     *
     * @return the programmes whose start year changed
     */
    public List<Programme> planStartYears(
            long masterplanId, Map<String, Long> versions, Map<String, Integer> startYears) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Map<String, ProgrammeEntity> byCode = new HashMap<>();
        repository.findAllInMasterplan(masterplan.id()).forEach(e -> byCode.put(e.code, e));
        for (Map.Entry<String, Long> expected : versions.entrySet()) {
            ProgrammeEntity entity = byCode.get(expected.getKey());
            if (entity == null) {
                throw new NotFoundException(ENTITY);
            }
            if (!Objects.equals(expected.getValue(), entity.version)) {
                throw new OptimisticLockingFailureException("programme " + entity.code + " changed meanwhile");
            }
        }
        Map<Long, String> codes = codesById(masterplan);
        List<Programme> changed = new ArrayList<>();
        for (String code : new java.util.TreeSet<>(versions.keySet())) {
            ProgrammeEntity entity = byCode.get(code);
            Integer startYear = startYears.get(code);
            if (Objects.equals(entity.startYear, startYear)) {
                continue;
            }
            Programme before = entity.toProgramme(codes);
            entity.startYear = startYear;
            entity.updatedAt = clock.instant();
            Programme after = repository.save(entity).toProgramme(codes);
            audit.record(
                    masterplan.regionCode(), ENTITY, subject(masterplan, code), AuditAction.UPDATED, before, after);
            changed.add(after);
        }
        return changed;
    }

    public void delete(long masterplanId, String code) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        ProgrammeEntity entity = entity(masterplan, code);
        Map<Long, String> codes = codesById(masterplan);
        List<String> dependents = repository.findAllInMasterplan(masterplan.id()).stream()
                .filter(p -> p.dependencies.stream().anyMatch(d -> d.dependsOnId() == entity.id))
                .map(p -> p.code)
                .toList();
        if (!dependents.isEmpty()) {
            throw new ConflictException("programme.delete.required", entity.code, String.join(", ", dependents));
        }
        repository.delete(entity);
        audit.record(
                masterplan.regionCode(),
                ENTITY,
                subject(masterplan, entity.code),
                AuditAction.DELETED,
                entity.toProgramme(codes),
                null);
    }

    /**
     * Creates or updates every row, or nothing: all rows are checked first (prerequisites may name
     * programmes of the same file), problems named {@code rows[N].field}. Goals, linked problems and quick-win
     * details, which the spreadsheet does not carry, are kept.
     */
    ProgrammeSpreadsheets.ImportResult importAll(
            Masterplan masterplan, Map<Integer, ProgrammeCommand> rows, List<FieldProblem> readProblems) {
        List<ProgrammeEntity> existing = repository.findAllInMasterplan(masterplan.id());
        Map<String, ProgrammeEntity> byCode = new HashMap<>();
        existing.forEach(e -> byCode.put(e.code, e));
        Set<String> allCodes = new HashSet<>(byCode.keySet());
        Map<String, Integer> rowOfCode = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>(readProblems);
        rows.forEach((row, command) -> {
            String code = command.normalisedCode();
            if (code != null && rowOfCode.putIfAbsent(code, row) != null) {
                problems.add(new FieldProblem(
                        "rows[" + row + "].code", "import.code.duplicate", new Object[] {code, rowOfCode.get(code)}));
            }
            if (code != null) {
                allCodes.add(code);
            }
        });
        ProgrammeRules.Context base = context(masterplan, Set.of());
        rows.forEach((row, command) -> {
            ProgrammeCommand merged = withKeptFields(command, byCode.get(command.normalisedCode()));
            Set<String> others = new HashSet<>(allCodes);
            others.remove(command.normalisedCode());
            ProgrammeRules.Context context = new ProgrammeRules.Context(
                    base.firstYear(),
                    base.horizonYears(),
                    base.framework(),
                    base.officeCodes(),
                    others,
                    base.goalIds(),
                    base.problemIds());
            ProgrammeRules.check(merged, context).stream()
                    .map(p -> new FieldProblem("rows[" + row + "]." + p.field(), p.messageKey(), p.arguments()))
                    .filter(p -> readProblems.stream().noneMatch(r -> r.field().equals(p.field())))
                    .forEach(problems::add);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Integer> changedStartYears = new HashMap<>();
        rows.values().forEach(command -> {
            ProgrammeEntity entity = byCode.get(command.normalisedCode());
            if (entity != null && !Objects.equals(entity.startYear, command.startYear())) {
                changedStartYears.put(entity.code, command.startYear());
            }
        });
        if (!changedStartYears.isEmpty()) {
            startYearPolicies.forEach(policy -> policy.startYearsChanged(masterplan, changedStartYears));
        }
        Map<Long, String> codesBefore = codesById(masterplan);
        int created = 0;
        Map<String, Programme> before = new HashMap<>();
        List<ProgrammeEntity> saved = new ArrayList<>();
        for (ProgrammeCommand command : rows.values()) {
            ProgrammeCommand merged = withKeptFields(command, byCode.get(command.normalisedCode()));
            ProgrammeEntity entity = byCode.get(command.normalisedCode());
            if (entity == null) {
                entity = new ProgrammeEntity();
                entity.masterplanId = masterplan.id();
                entity.createdAt = clock.instant();
                created++;
            } else {
                before.put(entity.code, entity.toProgramme(codesBefore));
            }
            apply(entity, withoutPrerequisites(merged), existing);
            saved.add(repository.save(entity));
        }
        Map<String, Long> ids = new HashMap<>();
        codesById(masterplan).forEach((id, code) -> ids.put(code, id));
        Map<Long, String> codes = codesById(masterplan);
        int index = 0;
        for (ProgrammeCommand command : rows.values()) {
            ProgrammeEntity entity = saved.get(index++);
            entity.dependencies = command.normalisedDependsOn().stream()
                    .map(ids::get)
                    .map(ProgrammeEntity.Dependency::new)
                    .collect(Collectors.toCollection(HashSet::new));
            Programme after = repository.save(entity).toProgramme(codes);
            Programme old = before.get(entity.code);
            audit.record(
                    masterplan.regionCode(),
                    ENTITY,
                    subject(masterplan, entity.code),
                    old == null ? AuditAction.CREATED : AuditAction.UPDATED,
                    old,
                    after);
        }
        return new ProgrammeSpreadsheets.ImportResult(created, rows.size() - created);
    }

    private static ProgrammeCommand withKeptFields(ProgrammeCommand c, ProgrammeEntity existing) {
        List<Long> goals = existing == null
                ? List.of()
                : existing.goals.stream().map(ProgrammeEntity.GoalLink::goalId).toList();
        List<Long> problems = existing == null
                ? List.of()
                : existing.problems.stream()
                        .map(ProgrammeEntity.ProblemLink::problemId)
                        .toList();
        QuickWin details = existing == null
                ? null
                : new QuickWin(
                        existing.qwPublicName,
                        existing.qwBeneficiaries,
                        existing.qwTimeline,
                        existing.qwCompletion,
                        existing.qwImpactMeasures);
        return new ProgrammeCommand(
                c.code(),
                c.name(),
                c.description(),
                c.dimension(),
                c.subDimension(),
                c.ownerOffice(),
                c.supportingOffices(),
                c.innovation(),
                c.innovationType(),
                c.horizon(),
                c.startYear(),
                c.durationYears(),
                c.costs(),
                c.fundingSource(),
                c.value(),
                c.mandatory(),
                c.earliestStartYear(),
                c.latestEndYear(),
                c.dependsOn(),
                goals,
                problems,
                c.status(),
                c.quickWin(),
                details,
                existing == null ? null : existing.version);
    }

    private static ProgrammeCommand withoutPrerequisites(ProgrammeCommand c) {
        return new ProgrammeCommand(
                c.code(),
                c.name(),
                c.description(),
                c.dimension(),
                c.subDimension(),
                c.ownerOffice(),
                c.supportingOffices(),
                c.innovation(),
                c.innovationType(),
                c.horizon(),
                c.startYear(),
                c.durationYears(),
                c.costs(),
                c.fundingSource(),
                c.value(),
                c.mandatory(),
                c.earliestStartYear(),
                c.latestEndYear(),
                List.of(),
                c.goalIds(),
                c.problemIds(),
                c.status(),
                c.quickWin(),
                c.quickWinDetails(),
                c.version());
    }

    List<Programme> all(Masterplan masterplan) {
        List<ProgrammeEntity> entities = repository.findAllInMasterplan(masterplan.id());
        Map<Long, String> codes = entities.stream().collect(Collectors.toMap(e -> e.id, e -> e.code));
        return entities.stream().map(e -> e.toProgramme(codes)).toList();
    }

    /** The programme's entity, for the other services of this module. */
    ProgrammeEntity entity(Masterplan masterplan, String code) {
        return find(masterplan, code).orElseThrow(() -> new NotFoundException("programme " + code));
    }

    Optional<ProgrammeEntity> find(Masterplan masterplan, String code) {
        return repository.findInMasterplan(masterplan.id(), code.strip().toUpperCase(Locale.ROOT));
    }

    private void validate(Masterplan masterplan, ProgrammeCommand command, List<ProgrammeEntity> existing, Long self) {
        Set<String> others = new HashSet<>();
        existing.stream().filter(p -> !Objects.equals(p.id, self)).forEach(p -> others.add(p.code));
        List<FieldProblem> problems = ProgrammeRules.check(command, context(masterplan, others));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private ProgrammeRules.Context context(Masterplan masterplan, Set<String> otherCodes) {
        Set<String> officeCodes = offices.codes(masterplan.regionCode().value());
        return new ProgrammeRules.Context(
                masterplan.startYear(),
                masterplan.horizonYears(),
                frameworks.get(masterplan.framework()),
                officeCodes,
                otherCodes,
                goals.goalIds(masterplan.id()),
                issues.problemIds(masterplan.id()));
    }

    private void apply(ProgrammeEntity entity, ProgrammeCommand command, List<ProgrammeEntity> existing) {
        Map<String, Long> idsByCode = new HashMap<>();
        existing.forEach(p -> idsByCode.put(p.code, p.id));
        entity.code = command.normalisedCode();
        entity.name = command.name().strip();
        entity.description = ProgrammeCommand.blankToNull(command.description());
        entity.dimension = command.dimension().strip();
        entity.subDimension = command.trimmedSubDimension();
        entity.ownerOffice = command.normalisedOwner();
        entity.innovation = ProgrammeCommand.blankToNull(command.innovation());
        entity.innovationType = command.innovationType() == null
                ? null
                : command.innovationType().name();
        entity.horizon = Objects.requireNonNullElse(command.horizon(), Horizon.forDuration(command.durationYears()))
                .name();
        entity.startYear = command.startYear();
        entity.durationYears = command.durationYears();
        entity.fundingSource = command.fundingSource().name();
        entity.benefitValue = command.value();
        entity.mandatory = Boolean.TRUE.equals(command.mandatory());
        entity.earliestStartYear = command.earliestStartYear();
        entity.latestEndYear = command.latestEndYear();
        entity.status = Objects.requireNonNullElse(command.status(), ProgrammeStatus.PROPOSED)
                .name();
        entity.quickWin = Boolean.TRUE.equals(command.quickWin());
        QuickWin details = Objects.requireNonNullElse(command.quickWinDetails(), QuickWin.empty());
        entity.qwPublicName = ProgrammeCommand.blankToNull(details.publicName());
        entity.qwBeneficiaries = ProgrammeCommand.blankToNull(details.beneficiaries());
        entity.qwTimeline = ProgrammeCommand.blankToNull(details.timeline());
        entity.qwCompletion = details.completionPercent();
        entity.qwImpactMeasures = ProgrammeCommand.blankToNull(details.impactMeasures());
        entity.updatedAt = clock.instant();
        entity.costs = new java.util.ArrayList<>(command.costs().stream()
                .map(BigDecimal::longValueExact)
                .map(ProgrammeEntity.CostRow::new)
                .toList());
        entity.supportingOffices = command.normalisedSupportingOffices().stream()
                .filter(office -> !office.equals(entity.ownerOffice))
                .map(ProgrammeEntity.SupportingOffice::new)
                .collect(Collectors.toCollection(HashSet::new));
        entity.dependencies = command.normalisedDependsOn().stream()
                .map(idsByCode::get)
                .map(ProgrammeEntity.Dependency::new)
                .collect(Collectors.toCollection(HashSet::new));
        entity.goals = command.distinctGoalIds().stream()
                .map(ProgrammeEntity.GoalLink::new)
                .collect(Collectors.toCollection(HashSet::new));
        entity.problems = command.distinctProblemIds().stream()
                .map(ProgrammeEntity.ProblemLink::new)
                .collect(Collectors.toCollection(HashSet::new));
    }

    Map<Long, String> codesById(Masterplan masterplan) {
        Map<Long, String> codes = new HashMap<>();
        jdbc.sql("select id, code from programme where masterplan_id = ?")
                .param(masterplan.id())
                .query(rs -> {
                    codes.put(rs.getLong("id"), rs.getString("code"));
                });
        return codes;
    }

    private static String subject(Masterplan masterplan, String code) {
        return masterplan.id() + "/" + code;
    }
}
