package id.rancang.quality;

import id.rancang.analysis.Issue;
import id.rancang.framework.Framework;
import id.rancang.programme.Programme;
import id.rancang.strategy.Goal;
import id.rancang.strategy.Indicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks themselves, free of Spring so that each rule is tested on its own. Rules are precise
 * rather than eager: a finding must be true of the plan, never a guess.
 */
final class CheckRules {

    /** Everything the checks look at. */
    record Plan(
            int firstYear,
            int lastYear,
            List<Framework.Dimension> dimensions,
            Set<String> officeCodes,
            List<Programme> programmes,
            List<Goal> goals,
            List<Indicator> indicators,
            Map<String, Set<String>> rpjmdGoalsByProgramme,
            List<Issue> problems) {}

    private static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::severity).thenComparing(Finding::code).thenComparing(Finding::subject);

    private CheckRules() {}

    static List<Finding> check(Plan plan) {
        List<Finding> findings = new ArrayList<>();
        dependencyCycles(plan, findings);
        prerequisiteOrder(plan, findings);
        owners(plan, findings);
        horizon(plan, findings);
        goalsAndIndicators(plan, findings);
        quickWins(plan, findings);
        rpjmd(plan, findings);
        problemsAddressed(plan, findings);
        findings.sort(ORDER);
        return findings;
    }

    /** Strongly connected components of the prerequisite graph (Tarjan); each cycle is one finding. */
    static void dependencyCycles(Plan plan, List<Finding> findings) {
        Map<String, List<String>> edges = new HashMap<>();
        plan.programmes().forEach(p -> edges.put(p.code(), p.dependsOn()));
        new Tarjan(edges)
                .components().stream()
                        .filter(component -> component.size() > 1
                                || edges.getOrDefault(component.first(), List.of())
                                        .contains(component.first()))
                        .forEach(component -> findings.add(
                                new Finding("DEPENDENCY_CYCLE", Severity.ERROR, component.first(), new Object[] {
                                    String.join(" → ", component)
                                })));
    }

    private static void prerequisiteOrder(Plan plan, List<Finding> findings) {
        Map<String, Programme> byCode = new HashMap<>();
        plan.programmes().forEach(p -> byCode.put(p.code(), p));
        for (Programme programme : plan.programmes()) {
            if (programme.startYear() == null) {
                continue;
            }
            for (String code : programme.dependsOn()) {
                Programme prerequisite = byCode.get(code);
                if (prerequisite != null
                        && prerequisite.startYear() != null
                        && prerequisite.endYear() >= programme.startYear()) {
                    findings.add(
                            new Finding("PREREQUISITE_NOT_FINISHED", Severity.ERROR, programme.code(), new Object[] {
                                programme.code(), code, prerequisite.endYear(), programme.startYear()
                            }));
                }
            }
        }
    }

    private static void owners(Plan plan, List<Finding> findings) {
        for (Programme programme : plan.programmes()) {
            if (programme.ownerOffice() == null || !plan.officeCodes().contains(programme.ownerOffice())) {
                findings.add(new Finding("PROGRAMME_WITHOUT_OWNER", Severity.ERROR, programme.code(), new Object[] {
                    programme.code(), Objects.toString(programme.ownerOffice(), "–")
                }));
            }
        }
    }

    private static void horizon(Plan plan, List<Finding> findings) {
        for (Programme p : plan.programmes()) {
            boolean outside = p.durationYears() > plan.lastYear() - plan.firstYear() + 1
                    || (p.startYear() != null && (p.startYear() < plan.firstYear() || p.endYear() > plan.lastYear()))
                    || (p.earliestStartYear() != null && p.earliestStartYear() > plan.lastYear())
                    || (p.latestEndYear() != null && p.latestEndYear() < plan.firstYear());
            if (outside) {
                findings.add(new Finding("PROGRAMME_OUTSIDE_HORIZON", Severity.ERROR, p.code(), new Object[] {
                    p.code(), plan.firstYear(), plan.lastYear()
                }));
            }
        }
    }

    private static void goalsAndIndicators(Plan plan, List<Finding> findings) {
        Set<Long> goalIds = new HashSet<>();
        plan.goals().forEach(g -> goalIds.add(g.id()));
        Set<Long> measuredGoals = new HashSet<>();
        Set<String> measuredProgrammes = new HashSet<>();
        for (Indicator indicator : plan.indicators()) {
            if (indicator.goalId() != null) {
                measuredGoals.add(indicator.goalId());
            }
            if (indicator.programmeCode() != null) {
                measuredProgrammes.add(indicator.programmeCode());
            }
        }
        Set<Long> servedGoals = new HashSet<>();
        for (Programme programme : plan.programmes()) {
            List<Long> goals =
                    programme.goalIds().stream().filter(goalIds::contains).toList();
            servedGoals.addAll(goals);
            if (goals.isEmpty()) {
                findings.add(new Finding(
                        "PROGRAMME_WITHOUT_GOAL", Severity.WARNING, programme.code(), new Object[] {programme.code()}));
            }
            boolean measured = measuredProgrammes.contains(programme.code())
                    || goals.stream().anyMatch(measuredGoals::contains);
            if (!measured) {
                findings.add(
                        new Finding("PROGRAMME_WITHOUT_INDICATOR", Severity.WARNING, programme.code(), new Object[] {
                            programme.code()
                        }));
            }
        }
        for (Goal goal : plan.goals()) {
            if (!servedGoals.contains(goal.id())) {
                findings.add(new Finding(
                        "GOAL_WITHOUT_PROGRAMME", Severity.WARNING, String.valueOf(goal.id()), new Object[] {
                            goal.statement()
                        }));
            }
            if (!measuredGoals.contains(goal.id())) {
                findings.add(new Finding(
                        "GOAL_WITHOUT_INDICATOR", Severity.WARNING, String.valueOf(goal.id()), new Object[] {
                            goal.statement()
                        }));
            }
        }
    }

    private static void quickWins(Plan plan, List<Finding> findings) {
        Set<String> withQuickWin = new HashSet<>();
        for (Programme programme : plan.programmes()) {
            if (!programme.quickWin()) {
                continue;
            }
            withQuickWin.add(programme.dimension());
            if (programme.quickWinDetails() == null
                    || programme.quickWinDetails().publicName() == null
                    || programme.quickWinDetails().beneficiaries() == null) {
                findings.add(new Finding(
                        "QUICK_WIN_WITHOUT_DETAILS", Severity.INFO, programme.code(), new Object[] {programme.code()}));
            }
        }
        for (Framework.Dimension dimension : plan.dimensions()) {
            if (!withQuickWin.contains(dimension.code())) {
                findings.add(
                        new Finding("DIMENSION_WITHOUT_QUICK_WIN", Severity.WARNING, dimension.code(), new Object[] {
                            dimension.name()
                        }));
            }
        }
    }

    private static void rpjmd(Plan plan, List<Finding> findings) {
        for (Programme programme : plan.programmes()) {
            if (plan.rpjmdGoalsByProgramme()
                    .getOrDefault(programme.code(), Set.of())
                    .isEmpty()) {
                findings.add(new Finding(
                        "RPJMD_NOT_ALIGNED", Severity.WARNING, programme.code(), new Object[] {programme.code()}));
            }
        }
    }

    /** Every problem of the analysis should be answered by at least one programme. */
    private static void problemsAddressed(Plan plan, List<Finding> findings) {
        Set<Long> addressed = new HashSet<>();
        plan.programmes().forEach(p -> addressed.addAll(p.problemIds()));
        for (Issue problem : plan.problems()) {
            if (!addressed.contains(problem.id())) {
                findings.add(new Finding(
                        "PROBLEM_NOT_ADDRESSED", Severity.WARNING, String.valueOf(problem.id()), new Object[] {
                            problem.title()
                        }));
            }
        }
    }

    /** Tarjan's strongly connected components; each component's codes sorted. */
    private static final class Tarjan {

        private final Map<String, List<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<TreeSet<String>> components = new ArrayList<>();
        private int counter;

        Tarjan(Map<String, List<String>> edges) {
            this.edges = edges;
        }

        List<TreeSet<String>> components() {
            new TreeSet<>(edges.keySet()).forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return components;
        }

        private void visit(String node) {
            index.put(node, counter);
            low.put(node, counter);
            counter++;
            stack.push(node);
            onStack.add(node);
            for (String next : edges.getOrDefault(node, List.of())) {
                if (!edges.containsKey(next)) {
                    continue;
                }
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                TreeSet<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
