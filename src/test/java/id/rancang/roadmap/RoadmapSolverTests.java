package id.rancang.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoadmapSolverTests {

    private final RoadmapSolver solver = new CpSatRoadmapSolver();

    @Test
    void findsTheSameOptimumAsEnumeratingEverySchedule() {
        int solved = 0;
        for (long seed = 1; seed <= 80; seed++) {
            RoadmapProblem problem = RoadmapInstances.small(seed);
            Optional<Long> best = Exhaustive.optimum(problem);

            RoadmapSolution solution = solver.solve(problem, Duration.ofSeconds(10), SolveControl.none());

            if (best.isEmpty()) {
                assertThat(solution.status()).as("seed %d", seed).isEqualTo(RoadmapSolution.Status.INFEASIBLE);
                assertThat(solution.reasons()).as("seed %d", seed).isNotEmpty();
            } else {
                assertThat(solution.status()).as("seed %d", seed).isEqualTo(RoadmapSolution.Status.OPTIMAL);
                assertThat(solution.objective()).as("seed %d", seed).isEqualTo(best.get());
                assertThat(solution.bestBound()).isEqualTo(best.get());
                assertThat(ScheduleRules.check(problem, solution.startYears()))
                        .as("seed %d", seed)
                        .isEmpty();
                solved++;
            }
        }
        assertThat(solved).as("most generated problems have a schedule").isGreaterThan(40);
    }

    @Test
    void greedyScheduleKeepsEveryRuleAndNeverBeatsTheOptimum() {
        for (long seed = 1; seed <= 80; seed++) {
            RoadmapProblem problem = RoadmapInstances.small(seed);
            Optional<Map<String, Integer>> greedy = GreedyScheduler.schedule(problem);
            Optional<Long> best = Exhaustive.optimum(problem);
            if (greedy.isPresent()) {
                assertThat(ScheduleRules.check(problem, greedy.get()))
                        .as("seed %d", seed)
                        .isEmpty();
                assertThat(problem.objective(greedy.get())).isLessThanOrEqualTo(best.orElseThrow());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 60})
    void schedulesARealisticMasterplanWithinEveryRuleAndBeatsTheGreedyBaseline(int programmes) {
        RoadmapProblem problem = RoadmapInstances.realistic(7, programmes, 10);

        RoadmapSolution solution = solver.solve(problem, Duration.ofSeconds(3), SolveControl.none());

        assertThat(solution.hasSchedule()).isTrue();
        assertThat(ScheduleRules.check(problem, solution.startYears())).isEmpty();
        assertThat(solution.objective())
                .isGreaterThan(
                        problem.objective(GreedyScheduler.schedule(problem).orElseThrow()));
        assertThat(solution.bestBound()).isGreaterThanOrEqualTo(solution.objective());
        assertThat(solution.startYears().size() + solution.unscheduled().size()).isEqualTo(programmes);
    }

    @Test
    void aTimeLimitBuysLessDeterministicWorkOnLargeModelsSoThatItHoldsInWallTime() {
        assertThat(CpSatRoadmapSolver.deterministicBudget(10, 370)).isEqualTo(10);
        assertThat(CpSatRoadmapSolver.deterministicBudget(10, 500)).isEqualTo(10);
        assertThat(CpSatRoadmapSolver.deterministicBudget(10, 2_300))
                .isLessThan(7)
                .isGreaterThan(5);
        assertThat(CpSatRoadmapSolver.deterministicBudget(30, 7_000)).isEqualTo(15);
        assertThat(CpSatRoadmapSolver.deterministicBudget(30, 10_000_000)).isEqualTo(15);
    }

    @Test
    void sameInputsGiveTheSameSchedule() {
        RoadmapProblem problem = RoadmapInstances.realistic(11, 60, 10);

        RoadmapSolution first = solver.solve(problem, Duration.ofSeconds(2), SolveControl.none());
        RoadmapSolution second = solver.solve(problem, Duration.ofSeconds(2), SolveControl.none());

        assertThat(second.startYears()).isEqualTo(first.startYears());
    }

    @Test
    void explainsThatMandatoryProgrammesNeedMoreThanAYearsCeiling() {
        RoadmapProblem problem = problem(
                Map.of(2026, 300L, 2027, 1_000L, 2028, 1_000L),
                item("A", 1, List.of(200L), 5, 2026, true, Set.of()),
                item("B", 1, List.of(200L), 5, 2026, true, Set.of()));

        RoadmapSolution solution = solver.solve(problem, Duration.ofSeconds(5), SolveControl.none());

        assertThat(solution.status()).isEqualTo(RoadmapSolution.Status.INFEASIBLE);
        assertThat(solution.reasons()).containsExactly(Reason.of(Reason.Code.MANDATORY_OVER_BUDGET, 2026, 400L, 300L));
    }

    @Test
    void explainsThatAMandatoryProgrammeCostsMoreThanAnyYearsCeiling() {
        RoadmapProblem problem = problem(
                Map.of(2026, 100L, 2027, 150L, 2028, 100L), item("A", 1, List.of(500L), 5, null, true, Set.of()));

        RoadmapSolution solution = solver.solve(problem, Duration.ofSeconds(5), SolveControl.none());

        assertThat(solution.status()).isEqualTo(RoadmapSolution.Status.INFEASIBLE);
        assertThat(solution.reasons())
                .containsExactly(Reason.of(Reason.Code.MANDATORY_EXCEEDS_CEILING, "A", 500L, 150L));
    }

    @Test
    void explainsACircleOfPrerequisitesAmongMandatoryProgrammes() {
        RoadmapProblem problem = problem(
                Map.of(2026, 1_000L, 2027, 1_000L, 2028, 1_000L),
                item("A", 1, List.of(1L), 5, null, true, Set.of("C")),
                item("B", 1, List.of(1L), 5, null, false, Set.of("A")),
                item("C", 1, List.of(1L), 5, null, false, Set.of("B")));

        RoadmapSolution solution = solver.solve(problem, Duration.ofSeconds(5), SolveControl.none());

        assertThat(solution.status()).isEqualTo(RoadmapSolution.Status.INFEASIBLE);
        assertThat(solution.reasons()).containsExactly(Reason.of(Reason.Code.PREREQUISITE_CYCLE, "A → C → B → A"));
    }

    @Test
    void explainsAPinOutsideTheHorizonAndAProgrammeThatCannotFitAfterItsPrerequisite() {
        RoadmapProblem pinned = problem(
                Map.of(2026, 1_000L, 2027, 1_000L, 2028, 1_000L),
                item("A", 2, List.of(1L, 1L), 5, 2028, true, Set.of()));
        RoadmapProblem chained = problem(
                Map.of(2026, 1_000L, 2027, 1_000L, 2028, 1_000L),
                item("A", 2, List.of(1L, 1L), 5, null, false, Set.of()),
                item("B", 2, List.of(1L, 1L), 5, null, true, Set.of("A")));

        assertThat(solver.solve(pinned, Duration.ofSeconds(5), SolveControl.none())
                        .reasons())
                .containsExactly(Reason.of(Reason.Code.PIN_OUTSIDE_HORIZON, "A", 2028, 2026, 2028));
        assertThat(solver.solve(chained, Duration.ofSeconds(5), SolveControl.none())
                        .reasons())
                .containsExactly(Reason.of(Reason.Code.DOES_NOT_FIT, "B", 2));
    }

    @Test
    void aCircleAmongOptionalProgrammesLeavesThemOutWithAWarning() {
        RoadmapProblem problem = problem(
                Map.of(2026, 1_000L, 2027, 1_000L, 2028, 1_000L),
                item("A", 1, List.of(1L), 5, null, false, Set.of("B")),
                item("B", 1, List.of(1L), 5, null, false, Set.of("A")),
                item("C", 1, List.of(1L), 5, null, false, Set.of()));

        RoadmapSolution solution = solver.solve(problem, Duration.ofSeconds(5), SolveControl.none());

        assertThat(solution.status()).isEqualTo(RoadmapSolution.Status.OPTIMAL);
        assertThat(solution.startYears()).containsExactly(Map.entry("C", 2026));
        assertThat(solution.unscheduled()).containsExactly("A", "B");
        assertThat(solution.reasons()).containsExactly(Reason.of(Reason.Code.PREREQUISITE_CYCLE, "A → B → A"));
    }

    @Test
    void earlierDeliveryIsWorthMoreSoTheCheaperLateYearsGoToTheLessValuable() {
        RoadmapProblem problem = problem(
                Map.of(2026, 100L, 2027, 100L, 2028, 100L),
                item("LOW", 1, List.of(100L), 1, null, false, Set.of()),
                item("HIGH", 1, List.of(100L), 10, null, false, Set.of()));

        RoadmapSolution solution = solver.solve(problem, Duration.ofSeconds(5), SolveControl.none());

        assertThat(solution.startYears()).containsEntry("HIGH", 2026).containsEntry("LOW", 2027);
        assertThat(solution.objective()).isEqualTo(10 * 3 + 1 * 2);
    }

    @Test
    void aRunCancelledBeforeItStartsEndsAtOnce() {
        SolveControl control = new SolveControl();
        control.cancel();

        RoadmapSolution solution =
                solver.solve(RoadmapInstances.realistic(3, 300, 10), Duration.ofSeconds(30), control);

        assertThat(solution.status()).isEqualTo(RoadmapSolution.Status.UNKNOWN);
        assertThat(solution.reasons()).containsExactly(Reason.of(Reason.Code.NO_SOLUTION_IN_TIME));
    }

    @Test
    void aRunCancelledWhileItSearchesKeepsTheBestScheduleSoFar() throws InterruptedException {
        RoadmapProblem problem = RoadmapInstances.realistic(3, 1000, 10);
        SolveControl control = new SolveControl();
        Thread canceller = new Thread(() -> {
            while (control.bestObjective() == null) {
                Thread.onSpinWait();
            }
            control.cancel();
        });
        canceller.start();

        RoadmapSolution solution = solver.solve(problem, Duration.ofSeconds(120), control);
        canceller.join();

        assertThat(solution.solveMillis()).isLessThan(60_000);
        assertThat(solution.hasSchedule()).isTrue();
        assertThat(ScheduleRules.check(problem, solution.startYears())).isEmpty();
    }

    static RoadmapProblem problem(Map<Integer, Long> ceilings, ScheduleItem... items) {
        int first = ceilings.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
        return new RoadmapProblem(first, ceilings.size(), ceilings, null, List.of(items));
    }

    static ScheduleItem item(
            String code,
            int duration,
            List<Long> costs,
            long value,
            Integer pin,
            boolean mandatory,
            Set<String> after) {
        return new ScheduleItem(code, duration, costs, value, null, null, pin, mandatory, "BAPPEDA", after);
    }

    /** Tries every combination of start years (or none) and keeps the best allowed one. */
    static final class Exhaustive {

        static Optional<Long> optimum(RoadmapProblem problem) {
            List<ScheduleItem> items = problem.items();
            Map<String, Integer> schedule = new HashMap<>();
            List<Long> best = new ArrayList<>();
            search(problem, items, 0, schedule, best);
            return best.stream().max(Long::compare);
        }

        private static void search(
                RoadmapProblem problem,
                List<ScheduleItem> items,
                int index,
                Map<String, Integer> schedule,
                List<Long> best) {
            if (index == items.size()) {
                if (ScheduleRules.check(problem, schedule).isEmpty()) {
                    best.add(problem.objective(schedule));
                }
                return;
            }
            ScheduleItem item = items.get(index);
            search(problem, items, index + 1, schedule, best);
            for (int start = problem.firstYear(); start <= problem.lastYear(); start++) {
                schedule.put(item.code(), start);
                search(problem, items, index + 1, schedule, best);
                schedule.remove(item.code());
            }
        }
    }
}
