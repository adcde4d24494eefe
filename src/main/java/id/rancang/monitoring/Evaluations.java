package id.rancang.monitoring;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import id.rancang.shared.TenantScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly national evaluation. Assessors (the region's reviewers and administrators, its
 * assigned experts, the national coordinator) record an evaluation per masterplan and year; the
 * national coordinator keeps the weights of each year; everyone sees the ranking of the regions
 * they may read, with the national rank.
 */
@Service
@Transactional
public class Evaluations {

    private static final String ENTITY = "evaluation";

    private final EvaluationStore store;
    private final Masterplans masterplans;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Frameworks frameworks;

    Evaluations(
            EvaluationStore store,
            Masterplans masterplans,
            AccessControl access,
            AuditTrail audit,
            Clock clock,
            Frameworks frameworks) {
        this.frameworks = frameworks;
        this.store = store;
        this.masterplans = masterplans;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Evaluation create(long masterplanId, EvaluationCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.REVIEW);
        Evaluation draft = validated(masterplan, command, List.of());
        if (store.idInMasterplan(masterplan.id(), draft.year()).isPresent()) {
            throw new ConflictException("evaluation.exists", draft.year());
        }
        long id = store.insert(draft);
        Evaluation created = get(masterplan, id);
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.CREATED, null, created);
        return created;
    }

    /**
     * Corrects a recorded evaluation: the same input as when recording it, plus the version that was
     * read (a stale one is refused and nothing is written). The index is computed again.
     */
    public Evaluation update(long masterplanId, long evaluationId, EvaluationCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.REVIEW);
        Evaluation before = get(masterplan, evaluationId);
        List<FieldProblem> versionProblem = command.version() == null
                ? List.of(new FieldProblem("version", "evaluation.version.required", new Object[0]))
                : List.of();
        Evaluation draft = validated(masterplan, command, versionProblem);
        if (command.version() != before.version()) {
            throw new OptimisticLockingFailureException("evaluation " + evaluationId + " changed meanwhile");
        }
        store.idInMasterplan(masterplan.id(), draft.year())
                .filter(other -> other != evaluationId)
                .ifPresent(other -> {
                    throw new ConflictException("evaluation.exists", draft.year());
                });
        if (!store.update(
                evaluationId, command.version(), draft, access.currentUsername().orElse("system"), clock.instant())) {
            throw new OptimisticLockingFailureException("evaluation " + evaluationId + " changed meanwhile");
        }
        Evaluation after = get(masterplan, evaluationId);
        audit.record(masterplan.regionCode(), ENTITY, evaluationId, AuditAction.UPDATED, before, after);
        return after;
    }

    /** Removes a recorded evaluation (assessors only); it leaves the ranking of its year. */
    public void delete(long masterplanId, long evaluationId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.REVIEW);
        Evaluation before = get(masterplan, evaluationId);
        store.delete(evaluationId, masterplan.id());
        audit.record(masterplan.regionCode(), ENTITY, evaluationId, AuditAction.DELETED, before, null);
    }

    private Evaluation validated(Masterplan masterplan, EvaluationCommand command, List<FieldProblem> known) {
        List<FieldProblem> problems = new ArrayList<>(known);
        Integer year = command.year();
        if (year == null) {
            problems.add(new FieldProblem("year", "evaluation.year.required", new Object[0]));
        } else if (year < masterplan.startYear() || year > masterplan.endYear()) {
            problems.add(new FieldProblem(
                    "year", "monitoring.year.range", new Object[] {masterplan.startYear(), masterplan.endYear()}));
        }
        Map<EvaluationDimension, BigDecimal> weights = new EnumMap<>(EvaluationDimension.class);
        if (command.weights() == null && year != null) {
            weights.putAll(weights(year));
        } else {
            EvaluationRules.checkWeights("weights", command.weights(), weights, problems);
        }
        Map<EvaluationDimension, BigDecimal> scores = new EnumMap<>(EvaluationDimension.class);
        EvaluationRules.checkScores("scores", command.scores(), scores, problems, false);
        Map<EvaluationDimension, BigDecimal> self = new EnumMap<>(EvaluationDimension.class);
        EvaluationRules.checkScores("selfAssessment", command.selfAssessment(), self, problems, true);
        Map<EvaluationDimension, String> evidence = EvaluationRules.byDimension(
                "evidence", command.evidence() == null ? Map.of() : command.evidence(), problems);
        Map<String, BigDecimal> dimensionScores = new LinkedHashMap<>();
        Framework framework = frameworks.get(masterplan.framework());
        if (command.dimensionScores() != null) {
            command.dimensionScores().forEach((dimension, score) -> {
                if (dimension == null || framework.dimension(dimension).isEmpty()) {
                    problems.add(new FieldProblem(
                            "dimensionScores", "evaluation.dimension.unknown", new Object[] {dimension}));
                } else if (!EvaluationRules.scoreInRange(score)) {
                    problems.add(
                            new FieldProblem("dimensionScores." + dimension, "evaluation.scores.range", new Object[0]));
                } else {
                    dimensionScores.put(dimension, MonitoringStore.strip(score));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Evaluation.Score> rows = new ArrayList<>();
        for (EvaluationDimension d : EvaluationDimension.values()) {
            rows.add(new Evaluation.Score(
                    d,
                    MonitoringStore.strip(weights.get(d)),
                    MonitoringStore.strip(scores.get(d)),
                    self.get(d) == null ? null : MonitoringStore.strip(self.get(d)),
                    Monitoring.blankToNull(evidence.get(d))));
        }
        return new Evaluation(
                0,
                masterplan.id(),
                masterplan.regionCode(),
                year,
                EvaluationRules.index(weights, scores),
                rows,
                dimensionScores,
                Monitoring.blankToNull(command.strengths()),
                Monitoring.blankToNull(command.weaknesses()),
                Monitoring.blankToNull(command.recommendations()),
                access.currentUsername().orElse("system"),
                clock.instant(),
                0);
    }

    @Transactional(readOnly = true)
    public List<Evaluation> list(long masterplanId) {
        return store.inMasterplan(masterplans.get(masterplanId).id());
    }

    @Transactional(readOnly = true)
    public Evaluation get(long masterplanId, long evaluationId) {
        return get(masterplans.get(masterplanId), evaluationId);
    }

    private Evaluation get(Masterplan masterplan, long evaluationId) {
        return store.inMasterplan(masterplan.id()).stream()
                .filter(e -> e.id() == evaluationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + evaluationId));
    }

    /**
     * The national ranking of {@code year} (1 is best; equal indices share a rank), narrowed to the
     * regions the current user may read.
     */
    @Transactional(readOnly = true)
    public List<RankedEvaluation> ranking(int year) {
        TenantScope readable = access.scope(Permission.READ);
        List<RankedEvaluation> ranked = new ArrayList<>();
        int position = 0;
        int rank = 0;
        BigDecimal previous = null;
        for (EvaluationStore.RankRow row : store.rankingOfYearInScope(year, TenantScope.everything())) {
            position++;
            if (previous == null || row.index().compareTo(previous) != 0) {
                rank = position;
                previous = row.index();
            }
            if (readable.includes(RegionCode.of(row.regionCode()))) {
                ranked.add(new RankedEvaluation(row.regionCode(), row.masterplanId(), row.id(), row.index(), rank));
            }
        }
        return ranked;
    }

    /** The latest year with an evaluation the current user may read, if any. */
    @Transactional(readOnly = true)
    public Optional<Integer> latestYear() {
        return store.latestYearInScope(access.scope(Permission.READ));
    }

    /** How many evaluations of {@code year} fall in each band of the index: 0–1, 1–2, …, 4–5. */
    @Transactional(readOnly = true)
    public int[] distribution(int year) {
        int[] bands = new int[5];
        for (EvaluationStore.RankRow row : store.rankingOfYearInScope(year, TenantScope.everything())) {
            int band = Math.min(4, Math.max(0, row.index().intValue()));
            bands[band]++;
        }
        return bands;
    }

    /** The weights of {@code year}: those the coordinator set, or the usual ones. */
    @Transactional(readOnly = true)
    public Map<EvaluationDimension, BigDecimal> weights(int year) {
        return store.weights(year).orElseGet(() -> new EnumMap<>(EvaluationRules.DEFAULT_WEIGHTS));
    }

    /** Whether the current user keeps the national weights (the national coordinator). */
    @Transactional(readOnly = true)
    public boolean mayEditWeights() {
        return access.scope(Permission.REVIEW).allRegions();
    }

    public Map<EvaluationDimension, BigDecimal> setWeights(int year, Map<String, BigDecimal> given) {
        if (!mayEditWeights()) {
            throw new ForbiddenException();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2015 || year > 2100) {
            problems.add(new FieldProblem("year", "evaluation.year.required", new Object[0]));
        }
        Map<EvaluationDimension, BigDecimal> weights = new EnumMap<>(EvaluationDimension.class);
        EvaluationRules.checkWeights("weights", given, weights, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<EvaluationDimension, BigDecimal> before = store.weights(year).orElse(null);
        store.saveWeights(year, weights, access.currentUsername().orElse("system"), clock.instant());
        audit.record(
                null,
                "evaluation-weights",
                year,
                before == null ? AuditAction.CREATED : AuditAction.UPDATED,
                before,
                weights);
        return weights;
    }
}
