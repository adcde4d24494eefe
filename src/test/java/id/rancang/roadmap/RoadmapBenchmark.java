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
        System.out.println("| programmes | seed | limit (s) | status | wall (s) | CPU (s) | deterministic (s) |"
                + " objective | bound | gap to bound | greedy / optimum |");
        System.out.println("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int size : sizes) {
            int limit = size >= 1000 ? 30 : 10;
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
                System.out.printf(
                        "| %d | %d | %d | %s | %.1f | %.1f | %.1f | %d | %d | %.3f %% | %s |%n",
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
                        ratio);
            }
        }
    }
}
