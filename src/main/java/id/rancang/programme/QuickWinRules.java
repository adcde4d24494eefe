package id.rancang.programme;

import id.rancang.programme.QuickWinCandidate.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Suggests quick-win candidates from rules: a programme completes within a year and costs little
 * (both required), and ranks higher when it has a high impact score, needs no prerequisite and
 * improves a public service. Programmes already flagged, cancelled or completed are left out.
 */
final class QuickWinRules {

    /** A modest budget for a quick win: Rp 500.000.000 in total. */
    static final long LOW_COST = 500_000_000L;

    private QuickWinRules() {}

    static List<QuickWinCandidate> suggest(List<Programme> programmes, Map<String, Integer> impactScores) {
        List<QuickWinCandidate> candidates = new ArrayList<>();
        for (Programme p : programmes) {
            if (p.quickWin() || p.status() == ProgrammeStatus.CANCELLED || p.status() == ProgrammeStatus.COMPLETED) {
                continue;
            }
            if (p.durationYears() > 1 || p.totalCost() > LOW_COST) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>(List.of(Reason.SHORT, Reason.LOW_COST));
            Integer impact = impactScores.get(p.code());
            if (impact != null && impact >= 4) {
                reasons.add(Reason.HIGH_IMPACT);
            }
            if (p.dependsOn().isEmpty()) {
                reasons.add(Reason.NO_PREREQUISITES);
            }
            if ("public-service".equals(p.subDimension()) || p.innovationType() == InnovationType.POLICY) {
                reasons.add(Reason.PUBLIC_SERVICE);
            }
            candidates.add(new QuickWinCandidate(p.code(), p.name(), p.dimension(), p.totalCost(), impact, reasons));
        }
        candidates.sort(
                Comparator.comparingInt((QuickWinCandidate c) -> c.reasons().size())
                        .reversed()
                        .thenComparing(c -> c.impact() == null ? 0 : c.impact(), Comparator.reverseOrder())
                        .thenComparingLong(QuickWinCandidate::totalCost)
                        .thenComparing(QuickWinCandidate::programmeCode));
        return candidates;
    }
}
