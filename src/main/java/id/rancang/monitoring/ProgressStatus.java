package id.rancang.monitoring;

/** Where a programme stands in a year of implementation. */
public enum ProgressStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    DELAYED,
    DONE,
    CANCELLED;

    /** Running or done: what counts towards the share of programmes implemented. */
    public boolean isRunningOrDone() {
        return this == ON_TRACK || this == AT_RISK || this == DELAYED || this == DONE;
    }
}
