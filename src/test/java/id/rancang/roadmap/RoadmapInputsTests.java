package id.rancang.roadmap;

import static id.rancang.roadmap.RoadmapSolverTests.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoadmapInputsTests {

    private final RoadmapProblem solved = new RoadmapProblem(
            2026,
            3,
            Map.of(2026, 500L, 2027, 500L, 2028, 500L),
            null,
            List.of(
                    item("A", 2, List.of(300L, 300L), 5, null, true, Set.of()),
                    item("B", 1, List.of(300L), 5, 2028, false, Set.of("A")),
                    item("C", 1, List.of(100L), 1, null, false, Set.of())));

    @Test
    void aRunStillFitsProgrammesWhoseRulesDidNotChangeWhateverTheirValueOrPin() {
        List<ScheduleItem> current = List.of(
                item("A", 2, List.of(300L, 300L), 50, null, true, Set.of()),
                item("B", 1, List.of(300L), 1, null, false, Set.of("A")),
                item("C", 1, List.of(100L), 1, null, false, Set.of()));

        assertThat(RoadmapInputs.changedSince(solved, current)).isEmpty();
    }

    @Test
    void namesProgrammesWhoseCostsDurationOrPrerequisitesChangedAndThoseAddedOrRemoved() {
        List<ScheduleItem> current = List.of(
                item("A", 2, List.of(300L, 350L), 5, null, true, Set.of()),
                item("B", 1, List.of(300L), 5, null, false, Set.of()),
                item("D", 1, List.of(100L), 1, null, false, Set.of()));

        assertThat(RoadmapInputs.changedSince(solved, current)).containsExactly("A", "B", "C", "D");
    }
}
