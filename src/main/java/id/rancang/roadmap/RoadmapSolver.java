package id.rancang.roadmap;

import java.time.Duration;

/** Finds the best schedule of a {@link RoadmapProblem}; the domain knows no solver types. */
public interface RoadmapSolver {

    RoadmapSolution solve(RoadmapProblem problem, Duration timeLimit, SolveControl control);
}
