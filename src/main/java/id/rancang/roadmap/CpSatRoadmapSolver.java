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

    CpSatRoadmapSolver() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
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
        long started = System.nanoTime();
        List<Reason> blocking = Feasibility.blockingReasons(problem);
        if (!blocking.isEmpty()) {
            return new RoadmapSolution(
                    RoadmapSolution.Status.INFEASIBLE, null, null, Map.of(), codes(problem), millis(started), blocking);
        }
        if (control.isCancelled()) {
            return new RoadmapSolution(
                    RoadmapSolution.Status.UNKNOWN,
                    null,
                    null,
                    Map.of(),
                    codes(problem),
                    millis(started),
                    List.of(Reason.of(Reason.Code.NO_SOLUTION_IN_TIME)));
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
                    .setMaxDeterministicTime(seconds)
                    .setMaxTimeInSeconds(seconds * 10);
        } else {
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
        return model.solution(solver, status, millis(started), Feasibility.warnings(problem));
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

        Model(RoadmapProblem problem) {
            this.problem = problem;
            problem.items().forEach(this::startVariables);
            problem.items().forEach(this::prerequisites);
            budgets();
            officeCapacity();
            objective();
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

        void hint(Map<String, Integer> schedule) {
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
