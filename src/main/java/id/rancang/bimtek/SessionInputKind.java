package id.rancang.bimtek;

/**
 * What was raised in a session: a problem, a potential or an initiative (these go to the analysis
 * with the session as their source) or a plain comment (which stays with the session).
 */
public enum SessionInputKind {
    PROBLEM,
    POTENTIAL,
    INITIATIVE,
    COMMENT;

    /** The analysis page where inputs of this kind end up; null for comments. */
    public String segment() {
        return switch (this) {
            case PROBLEM -> "problems";
            case POTENTIAL -> "potentials";
            case INITIATIVE -> "initiatives";
            case COMMENT -> null;
        };
    }
}
