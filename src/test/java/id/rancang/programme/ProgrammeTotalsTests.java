package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeTotalsTests {

    static Programme programme(
            String code, String dimension, String office, Integer start, List<Long> costs, FundingSource source) {
        return new Programme(
                1,
                1,
                code,
                code,
                null,
                dimension,
                null,
                office,
                List.of(),
                null,
                null,
                Horizon.forDuration(costs.size()),
                start,
                costs.size(),
                costs,
                source,
                null,
                false,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                ProgrammeStatus.PROPOSED,
                false,
                QuickWin.empty(),
                null,
                null,
                0);
    }

    @Test
    void spreadsEachExecutionYearsCostOverTheCalendarYears() {
        ProgrammeTotals totals = ProgrammeTotals.of(
                List.of(
                        programme("A", "governance", "DISKOMINFO", 2026, List.of(100L, 200L), FundingSource.APBD),
                        programme("B", "living", "DINKES", 2027, List.of(50L), FundingSource.DAK)),
                2026,
                5);

        assertThat(totals.perYear())
                .containsEntry(2026, 100L)
                .containsEntry(2027, 250L)
                .containsEntry(2028, 0L);
        assertThat(totals.perYear()).hasSize(5);
        assertThat(totals.total()).isEqualTo(350L);
        assertThat(totals.perDimension()).containsEntry("governance", 300L).containsEntry("living", 50L);
        assertThat(totals.perOffice()).containsEntry("DISKOMINFO", 300L);
        assertThat(totals.perFundingSource()).containsEntry(FundingSource.DAK, 50L);
    }

    @Test
    void keepsProgrammesWithoutAStartYearApart() {
        ProgrammeTotals totals = ProgrammeTotals.of(
                List.of(programme("A", "governance", "DISKOMINFO", null, List.of(100L, 200L), FundingSource.APBD)),
                2026,
                5);

        assertThat(totals.unscheduled()).isEqualTo(300L);
        assertThat(totals.perYear().values()).containsOnly(0L);
        assertThat(totals.total()).isEqualTo(300L);
    }
}
