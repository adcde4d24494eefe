package id.rancang.roadmap;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark of the roadmap optimiser on generated masterplans (not a test): for each size, the
 * time to a proven optimum or the gap at the time limit, and the greedy baseline against it. Run
 * with {@code bench/roadmap.sh}; figures go into {@code docs/benchmarks.md}.
 */
public final class RoadmapBenchmark {

    public static void main(String[] args) {
        int[] sizes = args.length > 0
                ? java.util.Arrays.stream(args[0].split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {50, 100, 300, 1000};
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean deterministic = !Boolean.getBoolean("roadmap.parallel");
        CpSatRoadmapSolver solver = new CpSatRoadmapSolver(
                Integer.getInteger("roadmap.workers", CpSatRoadmapSolver.INTERLEAVED_WORKERS), deterministic);
        System.out.println(deterministic ? "Deterministic interleaved search" : "Parallel portfolio search");
        // Warm up the native library and the JIT on a small problem.
        solver.solve(RoadmapInstances.realistic(99, 30, 10), Duration.ofSeconds(5), SolveControl.none());
        // With -Droadmap.reference=SECONDS each problem is also solved by CP-SAT's parallel portfolio
        // for up to that long, to prove its optimum and measure how far the product's answer is from it.
        int reference = Integer.getInteger("roadmap.reference", 0);
        CpSatRoadmapSolver prover = new CpSatRoadmapSolver(2, false);
        System.out.println("| programmes | seed | limit (s) | status | wall (s) | CPU (s) | deterministic (s) |"
                + " objective | bound | gap to bound | greedy / optimum |"
                + (reference > 0 ? " proven optimum (wall s) | below the optimum |" : ""));
        System.out.println(
                "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|" + (reference > 0 ? "---:|---:|" : ""));
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int size : sizes) {
            int limit = Integer.getInteger("roadmap.limit", size >= 1000 ? 30 : 10);
            for (int seed = 1; seed <= seeds; seed++) {
                RoadmapProblem problem = RoadmapInstances.realistic(seed, size, 10);
                Optional<Map<String, Integer>> greedy = GreedyScheduler.schedule(problem);
                long cpu = os.getProcessCpuTime();
                CpSatRoadmapSolver.Measured measured =
                        solver.solveMeasured(problem, Duration.ofSeconds(limit), SolveControl.none());
                double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
                RoadmapSolution solution = measured.solution();
                String ratio = greedy.isPresent() && solution.objective() != null
                        ? String.format("%.2f %%", 100.0 * problem.objective(greedy.get()) / solution.objective())
                        : "–";
                String optimum = "";
                if (reference > 0) {
                    RoadmapSolution proof = prover.solve(problem, Duration.ofSeconds(reference), SolveControl.none());
                    optimum = proof.status() == RoadmapSolution.Status.OPTIMAL
                            ? String.format(
                                    " %d (%.1f) | %.3f %% |",
                                    proof.objective(),
                                    proof.solveMillis() / 1000.0,
                                    100.0 * (proof.objective() - solution.objective()) / proof.objective())
                            : String.format(" not proven in %d s | – |", reference);
                }
                System.out.printf(
                        "| %d | %d | %d | %s | %.1f | %.1f | %.1f | %d | %d | %.3f %% | %s |%s%n",
                        size,
                        seed,
                        limit,
                        solution.status(),
                        solution.solveMillis() / 1000.0,
                        cpuSeconds,
                        measured.deterministicSeconds(),
                        solution.objective(),
                        solution.bestBound(),
                        100 * solution.gap(),
                        ratio,
                        optimum);
            }
        }
    }
}
