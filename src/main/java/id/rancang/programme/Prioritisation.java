package id.rancang.programme;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import id.rancang.shared.Rows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranks a masterplan's programmes: criteria weighted by AHP from the team's pairwise judgements,
 * each programme scored 1–5 per criterion (5 the most favourable, so a cheap programme scores high
 * on cost), ranking score Σ weight × score. Until the team sets its own, the six usual criteria
 * count equally.
 */
@Service
@Transactional
public class Prioritisation {

    public static final List<Criterion> DEFAULT_CRITERIA = List.of(
            new Criterion("IMPACT", "Dampak"),
            new Criterion("URGENCY", "Urgensi"),
            new Criterion("FEASIBILITY", "Kelayakan"),
            new Criterion("COST", "Biaya"),
            new Criterion("READINESS", "Kesiapan"),
            new Criterion("ALIGNMENT", "Keselarasan"));

    private final Masterplans masterplans;
    private final Programmes programmes;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    Prioritisation(
            Masterplans masterplans,
            Programmes programmes,
            JdbcClient jdbc,
            JsonMapper json,
            AuditTrail audit,
            Clock clock) {
        this.masterplans = masterplans;
        this.programmes = programmes;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Weighting weighting(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return stored(masterplan.id());
    }

    public Weighting setCriteria(long masterplanId, CriteriaCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        List<Criterion> criteria = checkCriteria(command.criteria());
        double[][] matrix = toMatrix(command.pairwise(), criteria.size());
        Weighting before = stored(masterplan.id());
        long seen = before.version();
        if (command.version() != null && command.version() != seen) {
            throw new ConflictException("prioritisation.conflict");
        }
        Weighting after = weigh(criteria, matrix, false, seen + 1);
        Rows.writeVersioned(
                jdbc,
                "prioritisation",
                List.of(Rows.column("masterplan_id", masterplan.id())),
                List.of(
                        Rows.column("criteria_json", json.writeValueAsString(criteria)),
                        Rows.column("pairwise_json", json.writeValueAsString(matrix)),
                        Rows.column("updated_at", java.sql.Timestamp.from(clock.instant()))),
                seen,
                "prioritisation.conflict");
        Set<String> codes = new HashSet<>();
        criteria.forEach(c -> codes.add(c.code()));
        removeScoresOutside(masterplan.id(), codes);
        audit.record(
                masterplan.regionCode(),
                "prioritisation",
                masterplan.id(),
                AuditAction.UPDATED,
                summary(before),
                summary(after));
        return after;
    }

    public Map<String, Integer> score(long masterplanId, String programmeCode, Map<String, Integer> scores) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        ProgrammeEntity programme = programmes.entity(masterplan, programmeCode);
        Weighting weighting = stored(masterplan.id());
        Set<String> known = new HashSet<>();
        weighting.criteria().forEach(c -> known.add(c.code()));
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> normalised = new TreeMap<>();
        (scores == null ? Map.<String, Integer>of() : scores).forEach((code, score) -> {
            String criterion = code.strip().toUpperCase(Locale.ROOT);
            if (!known.contains(criterion)) {
                problems.add(new FieldProblem(code, "ahp.criterion.unknown", new Object[] {code}));
            } else if (score == null || score < 1 || score > 5) {
                problems.add(new FieldProblem(code, "ahp.score.range", new Object[0]));
            } else {
                normalised.put(criterion, score);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Integer> before = scoresOf(masterplan.id()).getOrDefault(programme.id, Map.of());
        writeScores(masterplan, programme, before, normalised);
        return normalised;
    }

    /**
     * Applies the cells changed in the scores table, all or none: every change must name a
     * programme and criterion of this masterplan and a score of 1–5 (or none), and every changed
     * cell must still hold what its writer saw, else nothing is saved and the cells changed
     * meanwhile are named (409). Cells the writer did not change are left as they are now.
     */
    public void rescore(long masterplanId, List<ScoreChange> changes) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Weighting weighting = stored(masterplan.id());
        Map<String, String> criterionNames = new HashMap<>();
        weighting.criteria().forEach(c -> criterionNames.put(c.code(), c.name()));
        Map<String, ProgrammeEntity> byCode = new HashMap<>();
        changes.forEach(change -> {
            String code = change.programmeCode().strip().toUpperCase(Locale.ROOT);
            byCode.computeIfAbsent(code, c -> programmes.find(masterplan, c).orElse(null));
        });
        // Two writers changing the same programmes' scores are served one after the other, so
        // that each compares with what the other saved.
        lock(byCode.values().stream()
                .filter(Objects::nonNull)
                .map(p -> p.id)
                .sorted()
                .toList());
        Map<Long, Map<String, Integer>> current = scoresOf(masterplan.id());
        Map<String, Map<String, Integer>> wanted = new TreeMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<String> changedMeanwhile = new ArrayList<>();
        for (ScoreChange change : changes) {
            String code = change.programmeCode().strip().toUpperCase(Locale.ROOT);
            String criterion = change.criterion().strip().toUpperCase(Locale.ROOT);
            String field = "s|" + code + "|" + criterion;
            ProgrammeEntity programme = byCode.get(code);
            if (programme == null) {
                problems.add(new FieldProblem(field, "ahp.programme.unknown", new Object[] {code}));
                continue;
            }
            if (!criterionNames.containsKey(criterion)) {
                problems.add(new FieldProblem(field, "ahp.criterion.unknown", new Object[] {criterion}));
                continue;
            }
            if (change.wanted() != null && (change.wanted() < 1 || change.wanted() > 5)) {
                problems.add(new FieldProblem(
                        field, "ahp.score.rangeOf", new Object[] {code, criterionNames.get(criterion)}));
                continue;
            }
            Map<String, Integer> now = current.getOrDefault(programme.id, Map.of());
            if (!Objects.equals(now.get(criterion), change.seen())) {
                changedMeanwhile.add(code + " – " + criterionNames.get(criterion));
                continue;
            }
            Map<String, Integer> next = wanted.computeIfAbsent(code, c -> new TreeMap<>(now));
            if (change.wanted() == null) {
                next.remove(criterion);
            } else {
                next.put(criterion, change.wanted());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!changedMeanwhile.isEmpty()) {
            throw new ConflictException("prioritisation.scores.conflict", String.join(", ", changedMeanwhile));
        }
        wanted.forEach((code, next) -> {
            ProgrammeEntity programme = byCode.get(code);
            Map<String, Integer> before = current.getOrDefault(programme.id, Map.of());
            if (!before.equals(next)) {
                writeScores(masterplan, programme, before, next);
            }
        });
    }

    private void lock(List<Long> programmeIds) {
        programmeIds.forEach(id -> jdbc.sql("select id from programme where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional());
    }

    private void writeScores(
            Masterplan masterplan, ProgrammeEntity programme, Map<String, Integer> before, Map<String, Integer> after) {
        jdbc.sql("delete from programme_score where programme_id = ?")
                .param(programme.id)
                .update();
        after.forEach((criterion, score) -> jdbc.sql(
                        "insert into programme_score (programme_id, criterion, score) values (?, ?, ?)")
                .params(programme.id, criterion, score)
                .update());
        audit.record(
                masterplan.regionCode(),
                "programme-score",
                masterplan.id() + "/" + programme.code,
                AuditAction.UPDATED,
                before,
                after);
    }

    /** Every programme by descending Σ weight × score; equal scores share a rank. */
    @Transactional(readOnly = true)
    public List<RankedProgramme> ranking(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Weighting weighting = stored(masterplan.id());
        Map<Long, Map<String, Integer>> scores = scoresOf(masterplan.id());
        List<RankedProgramme> unranked = new ArrayList<>();
        for (Programme programme : programmes.all(masterplan)) {
            Map<String, Integer> own = scores.getOrDefault(programme.id(), Map.of());
            double total = 0;
            for (Map.Entry<String, Integer> entry : own.entrySet()) {
                total += weighting.weights().getOrDefault(entry.getKey(), 0.0) * entry.getValue();
            }
            unranked.add(new RankedProgramme(programme.code(), programme.name(), round(total), 0, own));
        }
        unranked.sort(Comparator.comparingDouble(RankedProgramme::score)
                .reversed()
                .thenComparing(RankedProgramme::programmeCode));
        List<RankedProgramme> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankedProgramme p = unranked.get(i);
            int rank = i > 0 && unranked.get(i - 1).score() == p.score()
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new RankedProgramme(p.programmeCode(), p.name(), p.score(), rank, p.scores()));
        }
        return ranked;
    }

    /** Programmes that could become quick wins, best first (see {@link QuickWinRules}). */
    @Transactional(readOnly = true)
    public List<QuickWinCandidate> quickWinCandidates(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Map<Long, Map<String, Integer>> scores = scoresOf(masterplan.id());
        List<Programme> all = programmes.all(masterplan);
        Map<String, Integer> impact = new HashMap<>();
        for (Programme programme : all) {
            Integer score = scores.getOrDefault(programme.id(), Map.of()).get("IMPACT");
            if (score != null) {
                impact.put(programme.code(), score);
            }
        }
        return QuickWinRules.suggest(all, impact);
    }

    /**
     * The value the roadmap gives each programme: its benefit value, or its ranking score when the
     * value is not set.
     */
    @Transactional(readOnly = true)
    public Map<String, java.math.BigDecimal> schedulingValues(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Map<String, Double> ranking = new HashMap<>();
        ranking(masterplanId).forEach(r -> ranking.put(r.programmeCode(), r.score()));
        Map<String, java.math.BigDecimal> values = new TreeMap<>();
        for (Programme programme : programmes.all(masterplan)) {
            values.put(
                    programme.code(),
                    programme.value() != null
                            ? programme.value()
                            : java.math.BigDecimal.valueOf(ranking.getOrDefault(programme.code(), 0.0)));
        }
        return values;
    }

    private Weighting stored(long masterplanId) {
        return jdbc.sql("select criteria_json, pairwise_json, version from prioritisation where masterplan_id = ?")
                .param(masterplanId)
                .query((rs, n) -> weigh(
                        json.readValue(rs.getString("criteria_json"), new TypeReference<List<Criterion>>() {}),
                        json.readValue(rs.getString("pairwise_json"), double[][].class),
                        false,
                        rs.getLong("version")))
                .optional()
                .orElseGet(() -> weigh(DEFAULT_CRITERIA, equalJudgements(DEFAULT_CRITERIA.size()), true, 0));
    }

    private static Weighting weigh(List<Criterion> criteria, double[][] matrix, boolean defaults, long version) {
        Ahp.Result result = Ahp.analyse(matrix);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            weights.put(criteria.get(i).code(), round(result.weights()[i]));
        }
        return new Weighting(
                criteria,
                matrix,
                weights,
                round(result.lambdaMax()),
                round(result.consistencyIndex()),
                round(result.consistencyRatio()),
                result.consistent(),
                result.leastConsistent(),
                defaults,
                version);
    }

    private static List<Criterion> checkCriteria(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > Ahp.MAX_CRITERIA) {
            throw InvalidInputException.of("criteria", "ahp.criteria.count", Ahp.MAX_CRITERIA);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Criterion> normalised = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String code = criterion == null || criterion.code() == null
                    ? ""
                    : criterion.code().strip().toUpperCase(Locale.ROOT);
            String name = criterion == null || criterion.name() == null
                    ? ""
                    : criterion.name().strip();
            if (!code.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
                problems.add(new FieldProblem("criteria[" + i + "].code", "ahp.criterion.code", new Object[0]));
            } else if (!seen.add(code)) {
                problems.add(
                        new FieldProblem("criteria[" + i + "].code", "ahp.criterion.duplicate", new Object[] {code}));
            }
            if (name.isEmpty() || name.length() > 100) {
                problems.add(new FieldProblem("criteria[" + i + "].name", "ahp.criterion.name", new Object[0]));
            }
            normalised.add(new Criterion(code, name));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return normalised;
    }

    private static double[][] toMatrix(List<List<Double>> rows, int n) {
        if (rows == null || rows.size() != n) {
            throw InvalidInputException.of("pairwise", "ahp.notSquare", n);
        }
        double[][] matrix = new double[n][];
        for (int i = 0; i < n; i++) {
            List<Double> row = rows.get(i);
            if (row == null || row.size() != n || row.contains(null)) {
                throw InvalidInputException.of("pairwise[" + i + "]", "ahp.notSquare", n);
            }
            matrix[i] = row.stream().mapToDouble(Double::doubleValue).toArray();
        }
        Ahp.validate(matrix);
        return matrix;
    }

    private Map<Long, Map<String, Integer>> scoresOf(long masterplanId) {
        Map<Long, Map<String, Integer>> scores = new HashMap<>();
        jdbc.sql("select s.programme_id, s.criterion, s.score from programme_score s"
                        + " join programme p on p.id = s.programme_id where p.masterplan_id = ?")
                .param(masterplanId)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong("programme_id"), k -> new TreeMap<>())
                            .put(rs.getString("criterion"), rs.getInt("score"));
                });
        return scores;
    }

    private void removeScoresOutside(long masterplanId, Set<String> codes) {
        scoresOf(masterplanId)
                .forEach((programmeId, scores) -> scores.keySet().stream()
                        .filter(code -> !codes.contains(code))
                        .forEach(
                                code -> jdbc.sql("delete from programme_score where programme_id = ? and criterion = ?")
                                        .params(programmeId, code)
                                        .update()));
    }

    private static Map<String, Object> summary(Weighting weighting) {
        return Map.of(
                "criteria",
                weighting.criteria(),
                "weights",
                weighting.weights(),
                "consistencyRatio",
                weighting.consistencyRatio());
    }

    static double[][] equalJudgements(int n) {
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(matrix[i], 1);
        }
        return matrix;
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
