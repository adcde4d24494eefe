package id.rancang.bimtek;

/** Where a Bimtek stage stands: not yet begun, the masterplan's current stage, or closed. */
public enum StageStatus {
    PLANNED,
    IN_PROGRESS,
    CLOSED
}
