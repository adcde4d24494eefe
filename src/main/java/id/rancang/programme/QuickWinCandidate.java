package id.rancang.programme;

import java.util.List;

/**
 * A programme that could become a quick win, with the rules it meets; the team decides. {@code
 * impact} is its impact score (1–5) when scored.
 */
public record QuickWinCandidate(
        String programmeCode, String name, String dimension, long totalCost, Integer impact, List<Reason> reasons) {

    /** Why a programme qualifies (GUIDE §7: visible results soon, modest cost, clear impact). */
    public enum Reason {
        /** Completes within one year. */
        SHORT,
        /** Costs at most {@link QuickWinRules#LOW_COST} in total. */
        LOW_COST,
        /** Scored 4 or 5 on impact. */
        HIGH_IMPACT,
        /** Needs no other programme first, so it can start now. */
        NO_PREREQUISITES,
        /** Improves a public service rather than building infrastructure. */
        PUBLIC_SERVICE
    }
}
