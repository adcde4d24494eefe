package id.rancang.analysis;

/** The four quadrants of a SWOT analysis. */
public enum SwotKind {
    STRENGTH,
    WEAKNESS,
    OPPORTUNITY,
    THREAT
}
