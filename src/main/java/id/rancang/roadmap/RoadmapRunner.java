package id.rancang.roadmap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Solves runs in the background, never on a request thread: at most two at a time per instance,
 * each with its progress written to the database every second, and a cancel honoured whether it
 * was asked on this instance or on another one (through the run's state in the database).
 */
@Component
class RoadmapRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoadmapRunner.class);
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final RoadmapSolver solver;
    private final RoadmapStore store;
    private final Clock clock;
    private final ExecutorService solving = Executors.newFixedThreadPool(2, named("roadmap-solver"));
    private final ScheduledExecutorService watching =
            Executors.newSingleThreadScheduledExecutor(named("roadmap-watcher"));
    private final Map<Long, SolveControl> controls = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    RoadmapRunner(RoadmapSolver solver, RoadmapStore store, Clock clock) {
        this.solver = solver;
        this.store = store;
        this.clock = clock;
        watching.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts once the transaction that stored the run has committed, so the worker finds it. */
    void startAfterCommit(long runId, RoadmapProblem problem, Duration timeLimit) {
        SolveControl control = new SolveControl();
        controls.put(runId, control);
        CompletableFuture<Void> done = new CompletableFuture<>();
        running.put(runId, done);
        Runnable start = () -> solving.execute(() -> solve(runId, problem, timeLimit, control, done));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        start.run();
                    } else {
                        controls.remove(runId);
                        running.remove(runId).complete(null);
                    }
                }
            });
        } else {
            start.run();
        }
    }

    private void solve(
            long runId,
            RoadmapProblem problem,
            Duration timeLimit,
            SolveControl control,
            CompletableFuture<Void> done) {
        try {
            Optional<Map<String, Integer>> greedy = GreedyScheduler.schedule(problem);
            RoadmapSolution solution = solver.solve(problem, timeLimit, control);
            OptimisationRun.Result result = new OptimisationRun.Result(
                    solution.status(),
                    solution.objective(),
                    solution.bestBound(),
                    greedy.map(problem::objective).orElse(null),
                    solution.startYears(),
                    solution.unscheduled(),
                    solution.solveMillis(),
                    solution.reasons(),
                    solution.hasSchedule() ? Roadmaps.years(problem, solution.startYears()) : java.util.List.of());
            store.finish(
                    runId,
                    control.isCancelled() ? OptimisationRun.State.CANCELLED : OptimisationRun.State.DONE,
                    result,
                    Instant.now(clock));
        } catch (RuntimeException e) {
            log.error("Roadmap run {} failed", runId, e);
            store.finish(runId, OptimisationRun.State.FAILED, null, Instant.now(clock));
        } finally {
            controls.remove(runId);
            running.remove(runId);
            done.complete(null);
        }
    }

    /** Waits for a local run; returns at once for a run of another instance or one already done. */
    void await(long runId, Duration patience) {
        CompletableFuture<Void> done = running.get(runId);
        if (done == null) {
            return;
        }
        try {
            done.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Still running: the caller answers with the progress so far.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("Roadmap run {} ended abnormally", runId, e.getCause());
        }
    }

    void cancelLocally(long runId) {
        SolveControl control = controls.get(runId);
        if (control != null) {
            control.cancel();
        }
    }

    /** Writes progress of local runs and picks up cancels asked on other instances. */
    private void watch() {
        controls.forEach((runId, control) -> {
            try {
                if (control.bestObjective() != null) {
                    store.progress(runId, control.bestObjective(), control.bestBound());
                }
                if (store.cancelRequested(runId)) {
                    control.cancel();
                }
            } catch (RuntimeException e) {
                log.warn("Could not update roadmap run {}", runId, e);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedRuns() {
        Instant now = Instant.now(clock);
        int failed = store.failAbandoned(now.minus(ABANDONED_AFTER), now);
        if (failed > 0) {
            log.info("{} roadmap runs interrupted by a restart were marked as failed", failed);
        }
    }

    @Override
    public void destroy() {
        controls.values().forEach(SolveControl::cancel);
        watching.shutdownNow();
        solving.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
