package id.rancang.strategy.web;

import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import id.rancang.strategy.Direction;
import id.rancang.strategy.Goal;
import id.rancang.strategy.GoalCommand;
import id.rancang.strategy.Goals;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorCatalogue;
import id.rancang.strategy.Indicators;
import id.rancang.strategy.Vision;
import id.rancang.strategy.VisionCommand;
import id.rancang.strategy.Visions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The smart city strategy page: vision and missions, goals per dimension with their indicators,
 * and forms to add them. With htmx a form exchanges the strategy section only.
 */
@Controller
@RequestMapping("/masterplans/{id}/strategy")
class StrategyController {

    private static final String PAGE = "strategy/strategy";
    private static final String FRAGMENT = "strategy";

    private final Masterplans masterplans;
    private final Frameworks frameworks;
    private final Visions visions;
    private final Goals goals;
    private final Indicators indicators;
    private final IndicatorCatalogue catalogue;
    private final AccessControl access;

    StrategyController(
            Masterplans masterplans,
            Frameworks frameworks,
            Visions visions,
            Goals goals,
            Indicators indicators,
            IndicatorCatalogue catalogue,
            AccessControl access) {
        this.masterplans = masterplans;
        this.frameworks = frameworks;
        this.visions = visions;
        this.goals = goals;
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.access = access;
    }

    /** A vision form: the missions one per line. */
    record VisionForm(String statement, String missions, Long version) {}

    record GoalView(Goal goal, List<Indicator> indicators) {}

    record DimensionView(Framework.Dimension dimension, List<GoalView> goals) {}

    @GetMapping
    String page(@PathVariable long id, HttpServletRequest request, Model model) {
        Masterplan masterplan = masterplans.get(id);
        return render(masterplan, request, model);
    }

    @PostMapping("/vision")
    String saveVision(
            @PathVariable long id,
            @ModelAttribute("visionForm") VisionForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        List<String> missions = form.missions() == null
                ? List.of()
                : Arrays.stream(form.missions().split("\\R"))
                        .map(String::strip)
                        .filter(m -> !m.isEmpty())
                        .toList();
        if (form.statement() == null || form.statement().isBlank()) {
            binding.rejectValue("statement", "vision.statement.required");
        } else {
            try {
                visions.save(id, new VisionCommand(form.statement(), missions, form.version()));
                return done(id, request, model, masterplan);
            } catch (OptimisticLockingFailureException e) {
                // The saved vision shows above the form; the writer's text stays in it, over the
                // saved version, so that saving again replaces it knowingly.
                response.setStatus(409);
                Long current = visions.find(id).map(Vision::version).orElse(null);
                model.addAttribute("visionForm", new VisionForm(form.statement(), form.missions(), current));
                model.addAttribute("visionConflict", true);
                model.addAttribute("visionInvalid", true);
                return render(masterplan, request, model);
            }
        }
        response.setStatus(422);
        model.addAttribute("visionInvalid", true);
        return render(masterplan, request, model);
    }

    @PostMapping("/goals")
    String addGoal(
            @PathVariable long id,
            @Valid @ModelAttribute("goalForm") GoalCommand command,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        if (!binding.hasErrors()) {
            try {
                goals.create(id, command);
                return done(id, request, model, masterplan);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
            }
        }
        response.setStatus(422);
        return render(masterplan, request, model);
    }

    @PostMapping("/indicators")
    String addIndicator(
            @PathVariable long id,
            @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return saveIndicator(id, null, form, binding, request, response, model);
    }

    @GetMapping("/indicators/{indicatorId}/edit")
    String editIndicator(
            @PathVariable long id, @PathVariable long indicatorId, HttpServletRequest request, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        Indicator indicator = indicators.get(id, indicatorId);
        model.addAttribute("indicatorForm", IndicatorForm.of(indicator, years(masterplan)));
        model.addAttribute("editingIndicator", indicator);
        return render(masterplan, request, model);
    }

    @PostMapping("/indicators/{indicatorId}")
    String updateIndicator(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return saveIndicator(id, indicatorId, form, binding, request, response, model);
    }

    @PostMapping("/indicators/{indicatorId}/delete")
    String deleteIndicator(
            @PathVariable long id, @PathVariable long indicatorId, HttpServletRequest request, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        indicators.delete(id, indicatorId);
        return done(id, request, model, masterplan);
    }

    @PostMapping("/goals/{goalId}/delete")
    String deleteGoal(@PathVariable long id, @PathVariable long goalId, HttpServletRequest request, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        goals.delete(id, goalId);
        return done(id, request, model, masterplan);
    }

    /** Creates an indicator ({@code indicatorId} null) or changes one; errors go next to the fields. */
    private String saveIndicator(
            long id,
            Long indicatorId,
            IndicatorForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        if (indicatorId != null) {
            model.addAttribute("editingIndicator", indicators.get(id, indicatorId));
        }
        List<Integer> years = years(masterplan);
        List<FieldProblem> problems = new ArrayList<>();
        var command = form.toCommand(years, problems);
        int status = 422;
        if (problems.isEmpty()) {
            try {
                if (indicatorId == null) {
                    indicators.create(id, command);
                } else {
                    indicators.update(id, indicatorId, command);
                }
                model.addAttribute("editingIndicator", null);
                return done(id, request, model, masterplan);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (OptimisticLockingFailureException e) {
                Indicator current = indicators.get(id, indicatorId);
                form.setVersion(current.version());
                binding.reject("strategy.indicators.conflict", new Object[] {current.name()}, null);
                status = 409;
            }
        }
        for (FieldProblem p : problems) {
            String field = p.field().startsWith("targets.") ? "targets" : p.field();
            try {
                binding.rejectValue(field, p.messageKey(), p.arguments(), null);
            } catch (RuntimeException e) {
                binding.reject(p.messageKey(), p.arguments(), null);
            }
        }
        form.pad(years.size());
        response.setStatus(status);
        return render(masterplan, request, model);
    }

    private String done(long id, HttpServletRequest request, Model model, Masterplan masterplan) {
        if (!Htmx.isHtmx(request)) {
            return "redirect:/masterplans/" + id + "/strategy";
        }
        model.addAttribute("visionForm", null);
        model.addAttribute("goalForm", null);
        model.addAttribute("indicatorForm", null);
        return render(masterplan, request, model);
    }

    private String render(Masterplan masterplan, HttpServletRequest request, Model model) {
        Framework framework = frameworks.get(masterplan.framework());
        Vision vision = visions.find(masterplan.id()).orElse(Vision.empty(masterplan.id()));
        List<Goal> allGoals = goals.list(masterplan.id());
        List<Indicator> allIndicators = indicators.list(masterplan.id());
        List<DimensionView> dimensions = new ArrayList<>();
        for (Framework.Dimension d : framework.dimensions()) {
            List<GoalView> inDimension = allGoals.stream()
                    .filter(g -> g.dimension().equals(d.code()))
                    .map(g -> new GoalView(
                            g,
                            allIndicators.stream()
                                    .filter(i -> g.id() == (i.goalId() == null ? -1 : i.goalId()))
                                    .toList()))
                    .toList();
            dimensions.add(new DimensionView(d, inDimension));
        }
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("framework", framework);
        model.addAttribute("vision", vision);
        model.addAttribute("dimensions", dimensions);
        model.addAttribute("goals", allGoals);
        model.addAttribute(
                "programmeIndicators",
                allIndicators.stream().filter(i -> i.goalId() == null).toList());
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("years", years(masterplan));
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        if (model.getAttribute("visionForm") == null) {
            model.addAttribute(
                    "visionForm",
                    new VisionForm(vision.statement(), String.join("\n", vision.missions()), vision.version()));
        }
        if (model.getAttribute("goalForm") == null) {
            model.addAttribute("goalForm", new GoalCommand("", "", "", "", null));
        }
        if (model.getAttribute("indicatorForm") == null) {
            model.addAttribute("indicatorForm", IndicatorForm.empty(masterplan.horizonYears()));
        }
        return Htmx.view(request, PAGE, FRAGMENT);
    }

    private static List<Integer> years(Masterplan masterplan) {
        return masterplan.period().years().stream().map(y -> y.getValue()).toList();
    }
}
