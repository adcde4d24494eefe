package id.rancang.masterplan;

/**
 * Changes a masterplan's title, years, stage or status; {@code version} must be the one that was
 * read. The region and the framework cannot change.
 */
public record UpdateMasterplanCommand(
        String title, Integer startYear, Integer horizonYears, Integer stage, MasterplanStatus status, Long version) {}
