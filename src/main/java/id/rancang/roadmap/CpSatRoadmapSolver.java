package id.rancang.roadmap;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Solves the roadmap problem with Google OR-Tools CP-SAT. The model is time-indexed: one yes/no
 * variable per programme and possible start year, so that yearly budgets, office capacity and the
 * value-years objective are all linear and prerequisites are tight ("i starts in s only if j
 * started early enough to finish before s"). The greedy schedule is given as a hint. By default the
 * search is interleaved and limited by deterministic work, so the same inputs give the same
 * schedule.
 */
@Component
class CpSatRoadmapSolver implements RoadmapSolver {

    /** Loads the native solver on first use, not at start-up. */
    private static final class NativeLibrary {
        static {
            Loader.loadNativeLibraries();
        }

        static void load() {}
    }

    private final int workers;
    private final boolean deterministic;

    /** Interleaved tasks per batch; fixed, not the number of cores, so that any machine gives the same answer. */
    static final int INTERLEAVED_WORKERS = 4;

    CpSatRoadmapSolver() {
        this(INTERLEAVED_WORKERS, true);
    }

    /**
     * @param deterministic interleave the workers and stop on deterministic work instead of wall
     *     time, so that the same inputs give the same schedule on any machine under any load
     *     (wall time is then only a safety net, at ten times the limit, for a machine under heavy load)
     */
    CpSatRoadmapSolver(int workers, boolean deterministic) {
        this.workers = workers;
        this.deterministic = deterministic;
    }

    @Override
    public RoadmapSolution solve(RoadmapProblem problem, Duration timeLimit, SolveControl control) {
        return solveMeasured(problem, timeLimit, control).solution();
    }

    /** A solution and the deterministic work CP-SAT spent on it (zero when it did not search). */
    record Measured(RoadmapSolution solution, double deterministicSeconds) {}

    /** {@link #solve} with the deterministic work, for the benchmark. */
    Measured solveMeasured(RoadmapProblem problem, Duration timeLimit, SolveControl control) {
        long started = System.nanoTime();
        List<Reason> blocking = Feasibility.blockingReasons(problem);
        if (!blocking.isEmpty()) {
            return new Measured(
                    new RoadmapSolution(
                            RoadmapSolution.Status.INFEASIBLE,
                            null,
                            null,
                            Map.of(),
                            codes(problem),
                            millis(started),
                            blocking),
                    0);
        }
        if (control.isCancelled()) {
            return new Measured(
                    new RoadmapSolution(
                            RoadmapSolution.Status.UNKNOWN,
                            null,
                            null,
                            Map.of(),
                            codes(problem),
                            millis(started),
                            List.of(Reason.of(Reason.Code.NO_SOLUTION_IN_TIME))),
                    0);
        }
        NativeLibrary.load();
        Model model = new Model(problem);
        GreedyScheduler.schedule(problem).ifPresent(model::hint);

        CpSolver solver = new CpSolver();
        double seconds = Math.max(0.1, timeLimit.toMillis() / 1000.0);
        var parameters = solver.getParameters().setNumWorkers(workers).setRandomSeed(20_17);
        if (deterministic) {
            parameters
                    .setInterleaveSearch(true)
                    .setMaxDeterministicTime(deterministicBudget(seconds, model.variables()))
                    .setMaxTimeInSeconds(seconds * 10);
            // The full-problem searches that add least on this model (measured in
            // docs/benchmarks.md): without them the interleaved batches give more time to the
            // LP-based searches and to LNS.
            for (String weak : List.of("no_lp", "quick_restart_no_lp", "default_lp", "quick_restart")) {
                parameters.addIgnoreSubsolvers(weak);
            }
        } else {
            // CP-SAT's own portfolio: on two cores its LP-based tree search and LNS, which proves
            // the benchmark's masterplans optimal fastest when time is not counted in batches.
            parameters.setMaxTimeInSeconds(seconds);
        }
        control.onCancel(solver::stopSearch);
        CpSolverStatus status = solver.solve(model.cp, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                control.improved((long) objectiveValue(), (long) bestObjectiveBound());
                if (control.isCancelled()) {
                    stopSearch();
                }
            }
        });
        return new Measured(
                model.solution(solver, status, millis(started), Feasibility.warnings(problem)),
                solver.response().getDeterministicTime());
    }

    /**
     * The deterministic work that takes about {@code seconds} of wall time on the reference machine
     * (2 cores). CP-SAT's deterministic time undercounts on large models: measured CPU seconds per
     * deterministic second grow from 1.3 at 370 start variables (50 programmes) to 2.5 at 7,000
     * (1,000 programmes), the batch running when the budget is spent finishes (up to about 3
     * deterministic seconds more at 300 programmes), and the 2 cores run two tasks at once. The
     * estimate below leans to the safe side (never less than half the limit); it depends only on
     * the model, so the same inputs still give the same schedule.
     */
    static double deterministicBudget(double seconds, int variables) {
        double cpuPerDeterministic = 1.3 + 0.8 * Math.log(Math.max(1, variables) / 370.0) / Math.log(2);
        double share = Math.min(1, 2 / Math.max(1, cpuPerDeterministic));
        return seconds * Math.max(0.5, share);
    }

    private static List<String> codes(RoadmapProblem problem) {
        return problem.items().stream().map(ScheduleItem::code).sorted().toList();
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The CP-SAT model of one problem and the map from its variables back to start years. */
    private static final class Model {

        private final RoadmapProblem problem;
        private final CpModel cp = new CpModel();
        private final Map<String, Map<Integer, BoolVar>> starts = new TreeMap<>();
        private final List<List<String>> twins;

        Model(RoadmapProblem problem) {
            this.problem = problem;
            this.twins = Twins.groups(problem);
            problem.items().forEach(this::startVariables);
            problem.items().forEach(this::prerequisites);
            budgets();
            officeCapacity();
            twins.forEach(this::orderTwins);
            objective();
        }

        int variables() {
            return starts.values().stream().mapToInt(Map::size).sum();
        }

        /**
         * Symmetry breaking: of two twins, the earlier code starts no later and is scheduled
         * whenever the later one is: for every year t, started(a) by t ≥ started(b) by t.
         */
        private void orderTwins(List<String> group) {
            for (int i = 0; i + 1 < group.size(); i++) {
                Map<Integer, BoolVar> first = starts.get(group.get(i));
                Map<Integer, BoolVar> second = starts.get(group.get(i + 1));
                for (int t : second.keySet()) {
                    LinearExprBuilder firstBy = LinearExpr.newBuilder();
                    first.forEach((year, variable) -> {
                        if (year <= t) {
                            firstBy.add(variable);
                        }
                    });
                    LinearExprBuilder secondBy = LinearExpr.newBuilder();
                    second.forEach((year, variable) -> {
                        if (year <= t) {
                            secondBy.add(variable);
                        }
                    });
                    cp.addGreaterOrEqual(firstBy, secondBy);
                }
            }
        }

        private void startVariables(ScheduleItem item) {
            Map<Integer, BoolVar> byYear = new TreeMap<>();
            for (int year = problem.lowestStart(item); year <= problem.highestStart(item); year++) {
                byYear.put(year, cp.newBoolVar(item.code() + "@" + year));
            }
            starts.put(item.code(), byYear);
            BoolVar[] choices = byYear.values().toArray(BoolVar[]::new);
            if (item.mandatory()) {
                cp.addEquality(LinearExpr.sum(choices), 1);
            } else {
                cp.addLessOrEqual(LinearExpr.sum(choices), 1);
            }
        }

        /** i may start in s only if each prerequisite j started in a year s' with s' + d_j ≤ s. */
        private void prerequisites(ScheduleItem item) {
            Map<String, ScheduleItem> items = problem.itemsByCode();
            for (String code : item.prerequisites()) {
                int duration = items.get(code).durationYears();
                for (Map.Entry<Integer, BoolVar> start : starts.get(item.code()).entrySet()) {
                    List<BoolVar> earlyEnough = new ArrayList<>();
                    starts.get(code).forEach((year, variable) -> {
                        if (year + duration <= start.getKey()) {
                            earlyEnough.add(variable);
                        }
                    });
                    cp.addLessOrEqual(start.getValue(), LinearExpr.sum(earlyEnough.toArray(BoolVar[]::new)));
                }
            }
        }

        private void budgets() {
            long unit = costUnit();
            for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
                LinearExprBuilder spend = LinearExpr.newBuilder();
                for (ScheduleItem item : problem.items()) {
                    for (Map.Entry<Integer, BoolVar> start :
                            starts.get(item.code()).entrySet()) {
                        long cost = item.costIn(year, start.getKey());
                        if (cost > 0) {
                            spend.addTerm(start.getValue(), cost / unit);
                        }
                    }
                }
                cp.addLessOrEqual(spend, problem.ceiling(year) / unit);
            }
        }

        /** The greatest common divisor of all costs and ceilings: exact, and keeps numbers small. */
        private long costUnit() {
            BigInteger gcd = BigInteger.ZERO;
            for (ScheduleItem item : problem.items()) {
                for (long cost : item.costs()) {
                    gcd = gcd.gcd(BigInteger.valueOf(cost));
                }
            }
            for (long ceiling : problem.ceilings().values()) {
                gcd = gcd.gcd(BigInteger.valueOf(ceiling));
            }
            return gcd.signum() == 0 ? 1 : gcd.longValueExact();
        }

        private void officeCapacity() {
            if (problem.officeCapacity() == null) {
                return;
            }
            Map<String, Map<Integer, LinearExprBuilder>> running = new HashMap<>();
            for (ScheduleItem item : problem.items()) {
                if (item.office() == null) {
                    continue;
                }
                for (Map.Entry<Integer, BoolVar> start : starts.get(item.code()).entrySet()) {
                    for (int year = start.getKey(); year < start.getKey() + item.durationYears(); year++) {
                        running.computeIfAbsent(item.office(), office -> new TreeMap<>())
                                .computeIfAbsent(year, y -> LinearExpr.newBuilder())
                                .add(start.getValue());
                    }
                }
            }
            running.values()
                    .forEach(years ->
                            years.values().forEach(count -> cp.addLessOrEqual(count, problem.officeCapacity())));
        }

        private void objective() {
            LinearExprBuilder value = LinearExpr.newBuilder();
            for (ScheduleItem item : problem.items()) {
                starts.get(item.code())
                        .forEach((year, variable) -> value.addTerm(variable, problem.valueYears(item, year)));
            }
            cp.maximize(value);
        }

        /** The hint in the twins' order, so that it keeps the symmetry-breaking constraints. */
        void hint(Map<String, Integer> greedy) {
            Map<String, Integer> schedule = Twins.ordered(greedy, twins);
            starts.forEach((code, byYear) ->
                    byYear.forEach((year, variable) -> cp.addHint(variable, year.equals(schedule.get(code)) ? 1 : 0)));
        }

        RoadmapSolution solution(CpSolver solver, CpSolverStatus status, long millis, List<Reason> warnings) {
            return switch (status) {
                case OPTIMAL, FEASIBLE -> {
                    Map<String, Integer> schedule = new TreeMap<>();
                    List<String> unscheduled = new ArrayList<>();
                    starts.forEach((code, byYear) -> {
                        Optional<Integer> chosen = byYear.entrySet().stream()
                                .filter(e -> solver.booleanValue(e.getValue()))
                                .map(Map.Entry::getKey)
                                .findFirst();
                        chosen.ifPresentOrElse(year -> schedule.put(code, year), () -> unscheduled.add(code));
                    });
                    long objective = problem.objective(schedule);
                    long bound = Math.max(objective, (long) Math.floor(solver.bestObjectiveBound() + 1e-6));
                    RoadmapSolution.Status result = status == CpSolverStatus.OPTIMAL
                            ? RoadmapSolution.Status.OPTIMAL
                            : RoadmapSolution.Status.FEASIBLE;
                    yield new RoadmapSolution(
                            result,
                            objective,
                            result == RoadmapSolution.Status.OPTIMAL ? objective : bound,
                            schedule,
                            unscheduled,
                            millis,
                            warnings);
                }
                case INFEASIBLE ->
                    new RoadmapSolution(
                            RoadmapSolution.Status.INFEASIBLE,
                            null,
                            null,
                            Map.of(),
                            List.copyOf(starts.keySet()),
                            millis,
                            List.of(Reason.of(Reason.Code.MANDATORY_COMBINATION)));
                default ->
                    new RoadmapSolution(
                            RoadmapSolution.Status.UNKNOWN,
                            null,
                            null,
                            Map.of(),
                            List.copyOf(starts.keySet()),
                            millis,
                            List.of(Reason.of(Reason.Code.NO_SOLUTION_IN_TIME)));
            };
        }
    }
}
