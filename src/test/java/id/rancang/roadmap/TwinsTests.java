package id.rancang.roadmap;

import static id.rancang.roadmap.RoadmapSolverTests.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TwinsTests {

    private final RoadmapProblem problem = new RoadmapProblem(
            2026,
            3,
            Map.of(2026, 500L, 2027, 500L, 2028, 500L),
            null,
            List.of(
                    item("C", 1, List.of(200L), 5, null, false, Set.of()),
                    item("A", 1, List.of(200L), 5, null, false, Set.of()),
                    item("B", 1, List.of(200L), 5, null, false, Set.of()),
                    item("D", 1, List.of(200L), 6, null, false, Set.of()),
                    item("E", 2, List.of(100L, 100L), 3, null, false, Set.of()),
                    item("F", 2, List.of(100L, 100L), 3, null, false, Set.of()),
                    item("G", 1, List.of(50L), 1, null, false, Set.of("E"))));

    @Test
    void groupsProgrammesTheRulesCannotTellApartButNotThoseOthersDependOn() {
        // D is worth more; E is a prerequisite of G, so E and F are not interchangeable.
        assertThat(Twins.groups(problem)).containsExactly(List.of("A", "B", "C"));
    }

    @Test
    void handsOutTheTwinsStartYearsInTheOrderOfTheirCodes() {
        Map<String, Integer> schedule = Map.of("C", 2026, "B", 2028, "D", 2027);

        assertThat(Twins.ordered(schedule, List.of(List.of("A", "B", "C"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("A", 2026, "B", 2028, "D", 2027));
    }

    @Test
    void orderingTwinsKeepsTheOptimumOfEnumeratingEverySchedule() {
        RoadmapSolver solver = new CpSatRoadmapSolver();
        for (long seed = 1; seed <= 25; seed++) {
            RoadmapProblem twins = RoadmapInstances.smallWithTwins(seed);
            assertThat(Twins.groups(twins)).as("seed %d", seed).isNotEmpty();
            Optional<Long> best = RoadmapSolverTests.Exhaustive.optimum(twins);

            RoadmapSolution solution = solver.solve(twins, Duration.ofSeconds(10), SolveControl.none());

            if (best.isEmpty()) {
                assertThat(solution.status()).as("seed %d", seed).isEqualTo(RoadmapSolution.Status.INFEASIBLE);
            } else {
                assertThat(solution.status()).as("seed %d", seed).isEqualTo(RoadmapSolution.Status.OPTIMAL);
                assertThat(solution.objective()).as("seed %d", seed).isEqualTo(best.get());
                assertThat(ScheduleRules.check(twins, solution.startYears()))
                        .as("seed %d", seed)
                        .isEmpty();
            }
        }
    }
}
