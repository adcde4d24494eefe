package id.rancang.analysis;

/** Where a problem or potential came from. */
public enum IssueOrigin {
    /** Entered by the implementation team. */
    TEAM,
    /** Raised in a Bimtek session. */
    BIMTEK,
    /** Submitted by the public. */
    PUBLIC
}
