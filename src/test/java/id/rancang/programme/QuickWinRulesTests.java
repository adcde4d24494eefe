package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.programme.QuickWinCandidate.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickWinRulesTests {

    static Programme programme(String code, int duration, long cost, List<String> dependsOn, boolean quickWin) {
        List<Long> costs = new java.util.ArrayList<>();
        for (int i = 0; i < duration; i++) {
            costs.add(cost / duration);
        }
        return new Programme(
                1,
                1,
                code,
                code,
                null,
                "governance",
                "public-service",
                "DISKOMINFO",
                List.of(),
                null,
                null,
                Horizon.forDuration(duration),
                2026,
                duration,
                costs,
                FundingSource.APBD,
                null,
                false,
                null,
                null,
                dependsOn,
                List.of(),
                List.of(),
                ProgrammeStatus.PROPOSED,
                quickWin,
                QuickWin.empty(),
                null,
                null,
                0);
    }

    @Test
    void suggestsShortCheapProgrammesBestFirst() {
        List<QuickWinCandidate> candidates = QuickWinRules.suggest(
                List.of(
                        programme("LONG", 2, 100_000_000L, List.of(), false),
                        programme("DEAR", 1, 900_000_000L, List.of(), false),
                        programme("DONE", 1, 100_000_000L, List.of(), true),
                        programme("AFTER", 1, 100_000_000L, List.of("X"), false),
                        programme("BEST", 1, 300_000_000L, List.of(), false)),
                Map.of("BEST", 5, "AFTER", 5));

        assertThat(candidates).extracting(QuickWinCandidate::programmeCode).containsExactly("BEST", "AFTER");
        assertThat(candidates.get(0).reasons())
                .containsExactly(
                        Reason.SHORT,
                        Reason.LOW_COST,
                        Reason.HIGH_IMPACT,
                        Reason.NO_PREREQUISITES,
                        Reason.PUBLIC_SERVICE);
    }
}
