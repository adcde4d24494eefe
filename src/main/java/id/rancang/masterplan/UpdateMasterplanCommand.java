package id.rancang.masterplan;

/**
 * Changes a masterplan's title, years or status; {@code version} must be the one that was read.
 * The region and the framework cannot change; {@code stage}, when given, must be the current one
 * (the stage moves on only when a Bimtek stage is closed), and adoption has its own operation.
 */
public record UpdateMasterplanCommand(
        String title, Integer startYear, Integer horizonYears, Integer stage, MasterplanStatus status, Long version) {}
