package id.rancang.roadmap.web;

import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.programme.Programme;
import id.rancang.programme.Programmes;
import id.rancang.roadmap.AdoptedRoadmap;
import id.rancang.roadmap.BudgetChart;
import id.rancang.roadmap.GanttChart;
import id.rancang.roadmap.OptimisationRun;
import id.rancang.roadmap.OptimiseCommand;
import id.rancang.roadmap.Roadmaps;
import id.rancang.roadmap.Scenario;
import id.rancang.shared.AccessControl;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Numbers;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roadmap page: the adopted schedule as a Gantt chart and spending against the ceilings, the
 * form to optimise (ceilings per year, office capacity, time limit, optionally saved as a
 * scenario), scenarios side by side, and a page per run that follows its progress.
 */
@Controller
@RequestMapping("/masterplans/{id}/roadmap")
class RoadmapController {

    private final Roadmaps roadmaps;
    private final Masterplans masterplans;
    private final Programmes programmes;
    private final Frameworks frameworks;
    private final MessageSource messages;
    private final AccessControl access;

    RoadmapController(
            Roadmaps roadmaps,
            Masterplans masterplans,
            Programmes programmes,
            Frameworks frameworks,
            MessageSource messages,
            AccessControl access) {
        this.access = access;
        this.roadmaps = roadmaps;
        this.masterplans = masterplans;
        this.programmes = programmes;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    record Row(
            String code, String name, String dimension, int startYear, int endYear, long totalCost, boolean quickWin) {}

    record ScenarioResult(Scenario scenario, OptimisationRun latest) {}

    @GetMapping
    String page(@PathVariable long id, Model model) {
        Masterplan masterplan = masterplans.get(id);
        fill(model, masterplan, null);
        return "roadmap/page";
    }

    @PostMapping("/optimisations")
    String optimise(
            @PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Masterplan masterplan = masterplans.get(id);
        try {
            OptimiseCommand command = command(masterplan, form);
            String name = form.getOrDefault("scenarioName", "").strip();
            if (!name.isEmpty()) {
                Scenario scenario = roadmaps.saveScenario(id, name, command);
                command = scenario.parameters();
            }
            OptimisationRun run = roadmaps.start(id, command);
            return "redirect:/masterplans/" + id + "/roadmap/runs/" + run.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.problems());
            model.addAttribute("errorsByField", byField(e.problems()));
            fill(model, masterplan, form);
            return "roadmap/page";
        }
    }

    /** The refused fields of the optimisation form, so that each message stands next to its field. */
    private static Map<String, List<InvalidInputException.FieldProblem>> byField(
            List<InvalidInputException.FieldProblem> problems) {
        Map<String, List<InvalidInputException.FieldProblem>> byField = new LinkedHashMap<>();
        problems.forEach(
                p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p));
        return byField;
    }

    @GetMapping("/runs/{runId}")
    String run(@PathVariable long id, @PathVariable long runId, Model model, HttpServletRequest request) {
        Masterplan masterplan = masterplans.get(id);
        OptimisationRun run = roadmaps.run(id, runId);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("run", run);
        model.addAttribute("maxTimeLimit", OptimiseCommand.MAX_TIME_LIMIT);
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        if (run.result() != null && !run.result().schedule().isEmpty()) {
            model.addAttribute("rows", rows(id, run.result().schedule()));
            model.addAttribute("gantt", gantt(masterplan, run.result().schedule()));
            model.addAttribute("budget", budget(run.result().years()));
            model.addAttribute("years", run.result().years());
        }
        model.addAttribute(
                "reasons", run.result() == null ? List.of() : run.result().reasons());
        return Htmx.view(request, "roadmap/run", "runStatus");
    }

    @PostMapping("/runs/{runId}/cancel")
    String cancel(@PathVariable long id, @PathVariable long runId) {
        roadmaps.cancel(id, runId);
        return "redirect:/masterplans/" + id + "/roadmap/runs/" + runId;
    }

    @PostMapping("/runs/{runId}/prove")
    String prove(@PathVariable long id, @PathVariable long runId) {
        OptimisationRun run = roadmaps.prove(id, runId);
        return "redirect:/masterplans/" + id + "/roadmap/runs/" + run.id();
    }

    @PostMapping("/runs/{runId}/adopt")
    String adopt(@PathVariable long id, @PathVariable long runId) {
        roadmaps.adopt(id, runId);
        return "redirect:/masterplans/" + id + "/roadmap";
    }

    @PostMapping("/scenarios/{scenarioId}/run")
    String runScenario(@PathVariable long id, @PathVariable long scenarioId) {
        OptimisationRun run =
                roadmaps.start(id, roadmaps.scenario(id, scenarioId).parameters());
        return "redirect:/masterplans/" + id + "/roadmap/runs/" + run.id();
    }

    @PostMapping("/scenarios/{scenarioId}/delete")
    String deleteScenario(@PathVariable long id, @PathVariable long scenarioId) {
        roadmaps.deleteScenario(id, scenarioId);
        return "redirect:/masterplans/" + id + "/roadmap";
    }

    @PostMapping("/entries/{code}")
    String move(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String startYear,
            @RequestParam long version,
            Model model,
            HttpServletResponse response) {
        Masterplan masterplan = masterplans.get(id);
        try {
            roadmaps.move(id, code, year(startYear), version);
            return "redirect:/masterplans/" + id + "/roadmap";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("moveErrors", e.problems());
            model.addAttribute("movedCode", code);
            fill(model, masterplan, null);
            return "roadmap/page";
        }
    }

    private void fill(Model model, Masterplan masterplan, Map<String, String> form) {
        long id = masterplan.id();
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        Optional<AdoptedRoadmap> adopted = roadmaps.adopted(id);
        model.addAttribute("adopted", adopted.orElse(null));
        adopted.ifPresent(roadmap -> {
            model.addAttribute("rows", rows(id, roadmap.schedule()));
            model.addAttribute("gantt", gantt(masterplan, roadmap.schedule()));
            model.addAttribute("budget", budget(roadmap.years()));
        });
        List<OptimisationRun> runs = roadmaps.runs(id);
        model.addAttribute("runs", runs);
        List<ScenarioResult> scenarios = new ArrayList<>();
        for (Scenario scenario : roadmaps.scenarios(id)) {
            OptimisationRun latest = runs.stream()
                    .filter(r -> Long.valueOf(scenario.id()).equals(r.scenarioId()))
                    .findFirst()
                    .orElse(null);
            scenarios.add(new ScenarioResult(scenario, latest));
        }
        model.addAttribute("scenarios", scenarios);
        model.addAttribute("ceilings", ceilings(masterplan, form, runs));
        model.addAttribute("officeCapacity", form == null ? "" : form.getOrDefault("officeCapacity", ""));
        model.addAttribute("maxTimeLimit", OptimiseCommand.MAX_TIME_LIMIT);
        model.addAttribute(
                "timeLimitSeconds",
                form == null ? OptimiseCommand.DEFAULT_TIME_LIMIT : form.getOrDefault("timeLimitSeconds", "10"));
    }

    /** The ceiling fields: what the user typed, else the last run's, else empty. */
    private static Map<Integer, String> ceilings(
            Masterplan masterplan, Map<String, String> form, List<OptimisationRun> runs) {
        Map<Integer, String> ceilings = new LinkedHashMap<>();
        Map<String, Long> previous =
                runs.isEmpty() ? Map.of() : runs.get(0).request().budgetCeilings();
        for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
            String typed = form == null ? null : form.get("ceiling-" + year);
            Long last = previous.get(Integer.toString(year));
            ceilings.put(year, typed != null ? typed : last == null ? "" : Long.toString(last));
        }
        return ceilings;
    }

    /** A start year typed into a move form; blank means "leave it to the roadmap". */
    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("startYear", "roadmap.move.year.type", text.strip());
        }
    }

    private static OptimiseCommand command(Masterplan masterplan, Map<String, String> form) {
        Map<String, Long> ceilings = new LinkedHashMap<>();
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
            String value = form.getOrDefault("ceiling-" + year, "").strip();
            if (!value.isEmpty()) {
                Optional<Long> amount = Numbers.wholeRupiah(value, locale);
                if (amount.isPresent()) {
                    ceilings.put(Integer.toString(year), amount.get());
                } else {
                    problems.add(new InvalidInputException.FieldProblem(
                            "budgetCeilings." + year, "roadmap.ceiling.format", new Object[] {year}));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OptimiseCommand(
                ceilings, integer(form.get("officeCapacity")), integer(form.get("timeLimitSeconds")), Map.of(), null);
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private List<Row> rows(long masterplanId, Map<String, Integer> schedule) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Framework framework = frameworks.get(masterplan.framework());
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = new ArrayList<>();
        for (Programme programme : programmes.list(masterplanId)) {
            Integer start = schedule.get(programme.code());
            if (start != null) {
                String dimension = framework.dimensionName(programme.dimension(), locale);
                rows.add(new Row(
                        programme.code(),
                        programme.name(),
                        dimension,
                        start,
                        start + programme.durationYears() - 1,
                        programme.totalCost(),
                        programme.quickWin()));
            }
        }
        rows.sort(java.util.Comparator.comparing(Row::startYear).thenComparing(Row::code));
        return rows;
    }

    private String gantt(Masterplan masterplan, Map<String, Integer> schedule) {
        Framework framework = frameworks.get(masterplan.framework());
        Locale locale = LocaleContextHolder.getLocale();
        List<Programme> all = programmes.list(masterplan.id());
        List<GanttChart.Group> groups = new ArrayList<>();
        for (Framework.Dimension dimension : framework.dimensions()) {
            List<GanttChart.Bar> bars = all.stream()
                    .filter(p -> p.dimension().equals(dimension.code()) && schedule.containsKey(p.code()))
                    .sorted(java.util.Comparator.comparing((Programme p) -> schedule.get(p.code()))
                            .thenComparing(Programme::code))
                    .map(p -> new GanttChart.Bar(
                            p.code(), p.name(), schedule.get(p.code()), p.durationYears(), p.quickWin(), p.dependsOn()))
                    .toList();
            if (!bars.isEmpty()) {
                groups.add(new GanttChart.Group(dimension.name().in(locale), bars));
            }
        }
        return GanttChart.svg(
                masterplan.startYear(),
                masterplan.horizonYears(),
                groups,
                text("roadmap.gantt.title"),
                text("roadmap.gantt.description", schedule.size()),
                text("roadmap.gantt.quickWin"));
    }

    private String budget(List<BudgetChart.Year> years) {
        return BudgetChart.svg(
                years,
                text("roadmap.budget.title"),
                text("roadmap.budget.description"),
                amount -> BudgetChart.compact(amount, LocaleContextHolder.getLocale()),
                text("roadmap.budget.spend"),
                text("roadmap.budget.ceiling"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
