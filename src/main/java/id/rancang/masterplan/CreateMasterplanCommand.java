package id.rancang.masterplan;

/**
 * Starts a masterplan. Every field is checked by {@link Masterplans} so that all problems are
 * reported together; {@code framework} defaults to the national default when left out.
 */
public record CreateMasterplanCommand(
        String regionCode, String framework, Integer startYear, Integer horizonYears, String title) {}
