package id.rancang.roadmap;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the caller of a running solve see its progress and cancel it from another thread. A
 * cancelled run ends as soon as the solver notices and keeps the best schedule found so far.
 */
public final class SolveControl {

    private final AtomicReference<Runnable> stopper = new AtomicReference<>();
    private volatile boolean cancelled;
    private volatile Long bestObjective;
    private volatile Long bestBound;

    public static SolveControl none() {
        return new SolveControl();
    }

    public void cancel() {
        cancelled = true;
        Runnable stop = stopper.get();
        if (stop != null) {
            stop.run();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Long bestObjective() {
        return bestObjective;
    }

    public Long bestBound() {
        return bestBound;
    }

    void improved(long objective, long bound) {
        bestObjective = objective;
        bestBound = bound;
    }

    /** Registered by the solver while it runs; a cancel that came earlier stops it at once. */
    void onCancel(Runnable stop) {
        stopper.set(stop);
        if (cancelled) {
            stop.run();
        }
    }
}
