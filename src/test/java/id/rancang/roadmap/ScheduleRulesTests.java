package id.rancang.roadmap;

import static id.rancang.roadmap.RoadmapSolverTests.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleRulesTests {

    private final RoadmapProblem problem = new RoadmapProblem(
            2026,
            3,
            Map.of(2026, 500L, 2027, 500L, 2028, 500L),
            1,
            List.of(
                    item("A", 2, List.of(300L, 300L), 5, null, true, Set.of()),
                    item("B", 1, List.of(300L), 5, 2028, false, Set.of("A")),
                    new ScheduleItem("C", 1, List.of(100L), 1, 2027, 2027, null, false, "DINKES", Set.of())));

    @Test
    void acceptsAScheduleThatKeepsEveryRule() {
        assertThat(ScheduleRules.check(problem, Map.of("A", 2026, "B", 2028, "C", 2027)))
                .isEmpty();
    }

    @Test
    void namesEachBrokenRuleOfAHandEditedSchedule() {
        assertThat(ScheduleRules.check(problem, Map.of("B", 2027, "C", 2028, "X", 2026)))
                .containsExactly(
                        Reason.of(Reason.Code.UNKNOWN_PROGRAMME, "X"),
                        Reason.of(Reason.Code.MANDATORY_NOT_SCHEDULED, "A"),
                        Reason.of(Reason.Code.PIN_NOT_HONOURED, "B", 2028, 2027),
                        Reason.of(Reason.Code.PREREQUISITE_NOT_SCHEDULED, "B", "A"),
                        Reason.of(Reason.Code.OUTSIDE_BOUNDS, "C", 2028, 2028));
    }

    @Test
    void findsBudgetOverrunsLateFinishesAndBusyOffices() {
        assertThat(ScheduleRules.check(problem, Map.of("A", 2027, "B", 2028, "C", 2027)))
                .containsExactly(
                        Reason.of(Reason.Code.PREREQUISITE_NOT_FINISHED, "B", "A", 2028, 2028),
                        Reason.of(Reason.Code.OVER_BUDGET, 2028, 600L, 500L),
                        Reason.of(Reason.Code.OVER_OFFICE_CAPACITY, "BAPPEDA", 2028, 2, 1));
        assertThat(ScheduleRules.check(problem, Map.of("A", 2028)))
                .containsExactly(Reason.of(Reason.Code.OUTSIDE_HORIZON, "A", 2028, 2029));
    }
}
