package id.rancang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.analysis.Evidence;
import id.rancang.analysis.Issue;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.IssueOrigin;
import id.rancang.framework.Framework;
import id.rancang.framework.LocalizedText;
import id.rancang.programme.FundingSource;
import id.rancang.programme.Horizon;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.QuickWin;
import id.rancang.strategy.Direction;
import id.rancang.strategy.Goal;
import id.rancang.strategy.Indicator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CheckRulesTests {

    static final List<Framework.Dimension> DIMENSIONS = List.of(
            new Framework.Dimension("governance", new LocalizedText("Tata Kelola", "Governance"), List.of()),
            new Framework.Dimension("living", new LocalizedText("Kehidupan", "Living"), List.of()));

    static Programme programme(
            String code,
            String dimension,
            Integer start,
            int duration,
            List<String> dependsOn,
            List<Long> goals,
            boolean quickWin) {
        return programme(code, dimension, start, duration, dependsOn, goals, quickWin, List.of());
    }

    static Programme programme(
            String code,
            String dimension,
            Integer start,
            int duration,
            List<String> dependsOn,
            List<Long> goals,
            boolean quickWin,
            List<Long> problems) {
        List<Long> costs = new ArrayList<>();
        for (int i = 0; i < duration; i++) {
            costs.add(100L);
        }
        return new Programme(
                1,
                1,
                code,
                code,
                null,
                dimension,
                null,
                "DISKOMINFO",
                List.of(),
                null,
                null,
                Horizon.forDuration(duration),
                start,
                duration,
                costs,
                FundingSource.APBD,
                null,
                false,
                null,
                null,
                dependsOn,
                goals,
                problems,
                ProgrammeStatus.PLANNED,
                quickWin,
                quickWin ? new QuickWin("Nama", "Warga", null, 10, null) : QuickWin.empty(),
                null,
                null,
                0);
    }

    static Goal goal(long id, String dimension) {
        return new Goal(id, 1, dimension, "Tujuan " + id, null, null, null, null, 0);
    }

    static Indicator indicator(Long goal, String programme) {
        return new Indicator(
                1,
                1,
                goal,
                programme,
                null,
                "Indikator",
                "%",
                Direction.HIGHER_IS_BETTER,
                2025,
                null,
                new TreeMap<>(),
                null,
                0);
    }

    static CheckRules.Plan plan(List<Programme> programmes, List<Goal> goals, List<Indicator> indicators) {
        return plan(programmes, goals, indicators, List.of());
    }

    static CheckRules.Plan plan(
            List<Programme> programmes, List<Goal> goals, List<Indicator> indicators, List<Issue> problems) {
        Map<String, Set<String>> aligned = new HashMap<>();
        programmes.forEach(p -> aligned.put(p.code(), Set.of("T1")));
        return new CheckRules.Plan(
                2026, 2030, DIMENSIONS, Set.of("DISKOMINFO"), programmes, goals, indicators, aligned, problems);
    }

    static Issue problem(long id, String dimension, String title) {
        return new Issue(
                id,
                1,
                IssueKind.PROBLEM,
                dimension,
                null,
                title,
                null,
                3,
                List.of(),
                new Evidence(null, null, null),
                IssueOrigin.TEAM,
                null,
                null,
                0);
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + ":" + f.subject()).toList();
    }

    @Test
    void aCompletePlanHasNoFindings() {
        List<Programme> programmes = List.of(
                programme("A", "governance", 2026, 1, List.of(), List.of(1L), true),
                programme("B", "living", 2027, 2, List.of("A"), List.of(2L), true));

        List<Finding> findings = CheckRules.check(plan(
                programmes,
                List.of(goal(1, "governance"), goal(2, "living")),
                List.of(indicator(1L, null), indicator(2L, null))));

        assertThat(findings).isEmpty();
    }

    @Test
    void findsEachDependencyCycleOnceAndAsAnError() {
        List<Programme> programmes = List.of(
                programme("A", "governance", null, 1, List.of("C"), List.of(1L), true),
                programme("B", "governance", null, 1, List.of("A"), List.of(1L), false),
                programme("C", "living", null, 1, List.of("B"), List.of(1L), true),
                programme("D", "living", null, 1, List.of("A"), List.of(1L), false));

        List<Finding> cycles =
                CheckRules.check(plan(programmes, List.of(goal(1, "governance")), List.of(indicator(1L, null))))
                        .stream()
                        .filter(f -> f.code().equals("DEPENDENCY_CYCLE"))
                        .toList();

        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(cycles.get(0).subject()).isEqualTo("A");
        assertThat(cycles.get(0).arguments()[0]).isEqualTo("A → B → C");
    }

    @Test
    void flagsAPrerequisiteThatFinishesAfterItsDependentStarts() {
        List<Programme> programmes = List.of(
                programme("A", "governance", 2026, 2, List.of(), List.of(1L), true),
                programme("B", "living", 2027, 1, List.of("A"), List.of(1L), true));

        assertThat(codes(CheckRules.check(
                        plan(programmes, List.of(goal(1, "governance")), List.of(indicator(1L, null))))))
                .containsExactly("PREREQUISITE_NOT_FINISHED:B");
    }

    @Test
    void flagsProgrammesOutsideTheHorizonAndWithoutAnOwner() {
        Programme late = programme("LATE", "governance", 2030, 2, List.of(), List.of(1L), true);
        Programme orphan = new Programme(
                1,
                1,
                "ORPHAN",
                "x",
                null,
                "living",
                null,
                "GONE",
                List.of(),
                null,
                null,
                Horizon.SHORT,
                2026,
                1,
                List.of(1L),
                FundingSource.APBD,
                null,
                false,
                null,
                null,
                List.of(),
                List.of(1L),
                List.of(),
                ProgrammeStatus.PLANNED,
                true,
                new QuickWin("N", "W", null, null, null),
                null,
                null,
                0);

        List<Finding> findings = CheckRules.check(
                plan(List.of(late, orphan), List.of(goal(1, "governance")), List.of(indicator(1L, null))));

        assertThat(codes(findings))
                .containsExactlyInAnyOrder("PROGRAMME_OUTSIDE_HORIZON:LATE", "PROGRAMME_WITHOUT_OWNER:ORPHAN");
        assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void warnsAboutLooseEndsBetweenProgrammesGoalsAndIndicators() {
        List<Programme> programmes = List.of(
                programme("A", "governance", 2026, 1, List.of(), List.of(), true),
                programme("B", "living", 2026, 1, List.of(), List.of(1L), true),
                programme("C", "living", 2026, 1, List.of(), List.of(), false));

        List<Finding> findings = CheckRules.check(
                plan(programmes, List.of(goal(1, "living"), goal(2, "living")), List.of(indicator(null, "C"))));

        assertThat(codes(findings))
                .containsExactlyInAnyOrder(
                        "PROGRAMME_WITHOUT_GOAL:A",
                        "PROGRAMME_WITHOUT_GOAL:C",
                        "PROGRAMME_WITHOUT_INDICATOR:A",
                        "PROGRAMME_WITHOUT_INDICATOR:B",
                        "GOAL_WITHOUT_PROGRAMME:2",
                        "GOAL_WITHOUT_INDICATOR:1",
                        "GOAL_WITHOUT_INDICATOR:2");
    }

    @Test
    void warnsAboutProgrammesThatSupportNoRpjmdGoal() {
        CheckRules.Plan complete = plan(
                List.of(
                        programme("A", "governance", 2026, 1, List.of(), List.of(1L), true),
                        programme("B", "living", 2026, 1, List.of(), List.of(1L), true)),
                List.of(goal(1, "governance")),
                List.of(indicator(1L, null)));
        CheckRules.Plan partly = new CheckRules.Plan(
                complete.firstYear(),
                complete.lastYear(),
                complete.dimensions(),
                complete.officeCodes(),
                complete.programmes(),
                complete.goals(),
                complete.indicators(),
                Map.of("A", Set.of("T1"), "B", Set.of()),
                List.of());

        assertThat(codes(CheckRules.check(partly))).containsExactly("RPJMD_NOT_ALIGNED:B");
    }

    @Test
    void namesEachDimensionWithoutAQuickWin() {
        List<Finding> findings = CheckRules.check(plan(
                List.of(programme("A", "governance", 2026, 1, List.of(), List.of(1L), true)),
                List.of(goal(1, "governance")),
                List.of(indicator(1L, null))));

        assertThat(codes(findings)).containsExactly("DIMENSION_WITHOUT_QUICK_WIN:living");
        assertThat(findings.get(0).arguments(java.util.Locale.ENGLISH)[0]).isEqualTo("Living");
    }

    @Test
    void warnsAboutEachProblemThatNoProgrammeAnswers() {
        List<Programme> programmes = List.of(
                programme("A", "governance", 2026, 1, List.of(), List.of(1L), true, List.of(10L)),
                programme("B", "living", 2026, 1, List.of(), List.of(1L), true, List.of(10L, 99L)));

        List<Finding> findings = CheckRules.check(plan(
                programmes,
                List.of(goal(1, "governance")),
                List.of(indicator(1L, null)),
                List.of(problem(10, "governance", "Data tidak terintegrasi"), problem(11, "living", "Stunting"))));

        assertThat(codes(findings)).containsExactly("PROBLEM_NOT_ADDRESSED:11");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).arguments()).containsExactly("Stunting");
    }

    @Test
    void aProblemAnsweredByAProgrammeIsNotReported() {
        List<Finding> findings = CheckRules.check(plan(
                List.of(
                        programme("A", "governance", 2026, 1, List.of(), List.of(1L), true, List.of(10L)),
                        programme("B", "living", 2026, 1, List.of(), List.of(1L), true)),
                List.of(goal(1, "governance")),
                List.of(indicator(1L, null)),
                List.of(problem(10, "governance", "Data tidak terintegrasi"))));

        assertThat(findings).isEmpty();
    }
}
