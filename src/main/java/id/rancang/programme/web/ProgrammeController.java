package id.rancang.programme.web;

import id.rancang.analysis.Issue;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.Issues;
import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.programme.FundingSource;
import id.rancang.programme.Horizon;
import id.rancang.programme.InnovationType;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammeSpreadsheets;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.ProgrammeTotals;
import id.rancang.programme.Programmes;
import id.rancang.region.Offices;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.ImportRejectedException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import id.rancang.strategy.Goals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plan: programmes per dimension with filters and totals, and the programme form. With
 * htmx the filters exchange only the results and the form only itself; without JavaScript the same
 * handlers serve whole pages. Saving over a newer version shows both and lets the user choose.
 */
@Controller
@RequestMapping("/masterplans/{id}/programmes")
class ProgrammeController {

    private static final String LIST = "programme/list";
    private static final String FORM = "programme/form";

    private final Programmes programmes;
    private final Masterplans masterplans;
    private final Frameworks frameworks;
    private final Offices offices;
    private final Goals goals;
    private final Issues issues;
    private final AccessControl access;
    private final ProgrammeSpreadsheets spreadsheets;

    ProgrammeController(
            Programmes programmes,
            Masterplans masterplans,
            Frameworks frameworks,
            Offices offices,
            Goals goals,
            Issues issues,
            AccessControl access,
            ProgrammeSpreadsheets spreadsheets) {
        this.issues = issues;
        this.spreadsheets = spreadsheets;
        this.programmes = programmes;
        this.masterplans = masterplans;
        this.frameworks = frameworks;
        this.offices = offices;
        this.goals = goals;
        this.access = access;
    }

    /** The dimension groups of the list, in the framework's order. */
    record DimensionGroup(Framework.Dimension dimension, List<Programme> programmes, long total) {}

    /** The masterplan's problems of one dimension, offered in the form. */
    record ProblemGroup(Framework.Dimension dimension, List<Issue> problems) {}

    @GetMapping
    String list(
            @PathVariable long id,
            @RequestParam(required = false) String dimension,
            @RequestParam(required = false) String office,
            @RequestParam(required = false) FundingSource fundingSource,
            @RequestParam(required = false) Boolean quickWin,
            HttpServletRequest request,
            Model model) {
        Masterplan masterplan = masterplans.get(id);
        boolean quickWinsOnly = Boolean.TRUE.equals(quickWin);
        Framework framework = frameworks.get(masterplan.framework());
        List<Programme> shown = programmes.list(id).stream()
                .filter(p -> blank(dimension) || p.dimension().equals(dimension))
                .filter(p -> blank(office)
                        || office.equals(p.ownerOffice())
                        || p.supportingOffices().contains(office))
                .filter(p -> fundingSource == null || p.fundingSource() == fundingSource)
                .filter(p -> !quickWinsOnly || p.quickWin())
                .toList();
        List<DimensionGroup> groups = new ArrayList<>();
        for (Framework.Dimension d : framework.dimensions()) {
            List<Programme> inDimension =
                    shown.stream().filter(p -> p.dimension().equals(d.code())).toList();
            if (!inDimension.isEmpty()) {
                groups.add(new DimensionGroup(
                        d,
                        inDimension,
                        inDimension.stream().mapToLong(Programme::totalCost).sum()));
            }
        }
        common(masterplan, framework, model);
        model.addAttribute("groups", groups);
        Map<Long, Issue> problemsById = new LinkedHashMap<>();
        issues.list(id, IssueKind.PROBLEM).forEach(p -> problemsById.put(p.id(), p));
        model.addAttribute("problemsById", problemsById);
        model.addAttribute("count", shown.size());
        model.addAttribute("totals", ProgrammeTotals.of(shown, masterplan.startYear(), masterplan.horizonYears()));
        model.addAttribute("filter", new Filter(dimension, office, fundingSource, quickWinsOnly));
        model.addAttribute("fundingSources", FundingSource.values());
        return Htmx.view(request, LIST, "results");
    }

    record Filter(String dimension, String office, FundingSource fundingSource, boolean quickWin) {}

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("program-masterplan-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(spreadsheets.export(id));
    }

    @PostMapping("/import")
    String importWorkbook(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes imported)
            throws java.io.IOException {
        masterplans.require(id, Permission.EDIT);
        try {
            try (var in = file == null || file.isEmpty() ? null : file.getInputStream()) {
                ProgrammeSpreadsheets.ImportResult result = spreadsheets.importWorkbook(id, in);
                // Said once, after the redirect; a link with made-up figures shows nothing.
                imported.addFlashAttribute("imported", List.of(result.created(), result.updated()));
                return "redirect:/masterplans/" + id + "/programmes";
            }
        } catch (ImportRejectedException e) {
            model.addAttribute("importProblems", e.problems());
        } catch (InvalidInputException e) {
            model.addAttribute("importErrors", e.problems());
        }
        response.setStatus(422);
        return list(id, null, null, null, null, request, model);
    }

    @GetMapping("/new")
    String newForm(@PathVariable long id, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        model.addAttribute("form", ProgrammeForm.empty(masterplan.horizonYears()));
        return form(masterplan, null, model);
    }

    @PostMapping
    String create(
            @PathVariable long id,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        List<FieldProblem> problems = new ArrayList<>();
        ProgrammeCommand command = form.toCommand(problems);
        if (problems.isEmpty()) {
            try {
                programmes.create(id, command);
                return saved(id, request, response);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (ConflictException e) {
                binding.rejectValue("code", e.messageKey(), e.arguments(), null);
            }
        }
        reject(binding, problems);
        response.setStatus(422);
        form.padCosts(masterplan.horizonYears());
        form(masterplan, null, model);
        return Htmx.view(request, FORM, "programmeForm");
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable long id, @PathVariable String code, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        Programme programme = programmes.get(id, code);
        model.addAttribute("form", ProgrammeForm.of(programme, masterplan.horizonYears()));
        return form(masterplan, programme, model);
    }

    @PostMapping("/{code}")
    String update(
            @PathVariable long id,
            @PathVariable String code,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        Programme programme = programmes.get(id, code);
        List<FieldProblem> problems = new ArrayList<>();
        ProgrammeCommand command = form.toCommand(problems);
        int status = 422;
        if (problems.isEmpty()) {
            try {
                programmes.update(id, code, command);
                return saved(id, request, response);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (ConflictException e) {
                binding.rejectValue("code", e.messageKey(), e.arguments(), null);
            } catch (OptimisticLockingFailureException e) {
                // The conflict notice says what happened and what to do; the fields are not invalid.
                model.addAttribute("current", programme);
                form.setVersion(programme.version());
                status = 409;
            }
        }
        reject(binding, problems);
        response.setStatus(status);
        form.padCosts(masterplan.horizonYears());
        form(masterplan, programme, model);
        return Htmx.view(request, FORM, "programmeForm");
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable long id, @PathVariable String code) {
        programmes.delete(id, code);
        return "redirect:/masterplans/" + id + "/programmes";
    }

    private static String saved(long id, HttpServletRequest request, HttpServletResponse response) {
        String target = "/masterplans/" + id + "/programmes";
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", request.getContextPath() + target);
            response.setStatus(204);
            return null;
        }
        return "redirect:" + target;
    }

    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String field = ProgrammeForm.FIELDS.getOrDefault(problem.field(), problem.field());
            try {
                binding.rejectValue(field, problem.messageKey(), problem.arguments(), null);
            } catch (RuntimeException e) {
                binding.reject(problem.messageKey(), problem.arguments(), null);
            }
        }
    }

    private String form(Masterplan masterplan, Programme programme, Model model) {
        Framework framework = frameworks.get(masterplan.framework());
        common(masterplan, framework, model);
        model.addAttribute("programme", programme);
        model.addAttribute("offices", offices.list(masterplan.regionCode().value()));
        model.addAttribute(
                "otherCodes",
                programmes.list(masterplan.id()).stream()
                        .map(Programme::code)
                        .filter(c -> programme == null || !c.equals(programme.code()))
                        .toList());
        model.addAttribute("goals", goals.list(masterplan.id()));
        List<Issue> problems = issues.list(masterplan.id(), IssueKind.PROBLEM);
        List<ProblemGroup> problemGroups = new ArrayList<>();
        for (Framework.Dimension d : framework.dimensions()) {
            List<Issue> inDimension = problems.stream()
                    .filter(p -> p.dimension().equals(d.code()))
                    .toList();
            if (!inDimension.isEmpty()) {
                problemGroups.add(new ProblemGroup(d, inDimension));
            }
        }
        model.addAttribute("problemGroups", problemGroups);
        model.addAttribute("innovationTypes", InnovationType.values());
        model.addAttribute("horizons", Horizon.values());
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute("fundingSources", FundingSource.values());
        return FORM;
    }

    private void common(Masterplan masterplan, Framework framework, Model model) {
        Map<String, Framework.Dimension> dimensions = new LinkedHashMap<>();
        framework.dimensions().forEach(d -> dimensions.put(d.code(), d));
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("framework", framework);
        model.addAttribute("dimensions", dimensions);
        model.addAttribute(
                "years",
                masterplan.period().years().stream().map(y -> y.getValue()).toList());
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        model.addAttribute("officeCodes", offices.list(masterplan.regionCode().value()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
