package id.rancang.masterplan.web;

import id.rancang.framework.Frameworks;
import id.rancang.masterplan.CreateMasterplanCommand;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.MasterplanStatus;
import id.rancang.masterplan.Masterplans;
import id.rancang.masterplan.UpdateMasterplanCommand;
import id.rancang.region.Region;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Start a masterplan, see its overview, change its title, years and status, adopt it. */
@Controller
@RequestMapping("/masterplans")
class MasterplanController {

    private static final Set<String> FORM_FIELDS =
            Set.of("regionCode", "framework", "startYear", "horizonYears", "title", "status");

    private final Masterplans masterplans;
    private final Regions regions;
    private final Frameworks frameworks;
    private final AccessControl access;
    private final Clock clock;

    MasterplanController(
            Masterplans masterplans, Regions regions, Frameworks frameworks, AccessControl access, Clock clock) {
        this.masterplans = masterplans;
        this.regions = regions;
        this.frameworks = frameworks;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String regionCode, Model model) {
        int next = Year.now(clock).getValue() + 1;
        model.addAttribute(
                "form",
                MasterplanForm.newPlan(regionCode, frameworks.defaultFramework().code(), next, Masterplan.MAX_HORIZON));
        return newPage(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") MasterplanForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        CreateMasterplanCommand command = form.toCreateCommand(problems);
        if (problems.isEmpty() && !binding.hasErrors()) {
            try {
                Masterplan created = masterplans.create(command);
                return "redirect:/masterplans/" + created.id();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (ConflictException e) {
                binding.reject(e.messageKey(), e.arguments(), null);
            }
        }
        reject(binding, problems);
        response.setStatus(422);
        return newPage(model);
    }

    @GetMapping("/{id}")
    String overview(@PathVariable long id, Model model) {
        Masterplan masterplan = masterplans.get(id);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("region", regions.find(masterplan.regionCode()).orElseThrow());
        model.addAttribute("counts", regions.counts(masterplan.regionCode()));
        model.addAttribute("framework", frameworks.get(masterplan.framework()));
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        model.addAttribute("mayAdopt", masterplans.mayAdopt(masterplan));
        model.addAttribute("administers", access.can(masterplan.regionCode(), Permission.ADMINISTER));
        return "masterplan/overview";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        model.addAttribute("form", MasterplanForm.of(masterplan));
        return editPage(masterplan, model);
    }

    /**
     * Saves the title, years and status. Saving over a newer version (409) shows what is saved now
     * and keeps the user's entries with the current version, so that saving again replaces it.
     */
    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") MasterplanForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        List<FieldProblem> problems = new ArrayList<>();
        UpdateMasterplanCommand command = form.toUpdateCommand(problems);
        int status = 422;
        if (problems.isEmpty() && !binding.hasErrors()) {
            try {
                masterplans.update(id, command);
                return "redirect:/masterplans/" + id;
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (ConflictException e) {
                binding.reject(e.messageKey(), e.arguments(), null);
            } catch (OptimisticLockingFailureException e) {
                // The notice says what is saved now; the user's entries stay, on the current version.
                model.addAttribute("current", masterplan);
                form.setVersion(masterplan.version());
                status = 409;
            }
        }
        reject(binding, problems);
        response.setStatus(status);
        return editPage(masterplan, model);
    }

    /** Adopts the plan on behalf of the council (approvers, at the last Bimtek stage). */
    @PostMapping("/{id}/adopt")
    String adopt(@PathVariable long id) {
        masterplans.adopt(id);
        return "redirect:/masterplans/" + id;
    }

    /** Problems of fields the form shows go next to them; any other above the form. */
    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            if (FORM_FIELDS.contains(p.field())) {
                binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null);
            } else {
                binding.reject(p.messageKey(), p.arguments(), null);
            }
        }
    }

    private String newPage(Model model) {
        List<Region> editable = masterplans.editableRegions().stream()
                .map(regions::find)
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Region::name))
                .toList();
        model.addAttribute("editableRegions", editable);
        model.addAttribute("frameworks", frameworks.all());
        return "masterplan/new";
    }

    private String editPage(Masterplan masterplan, Model model) {
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("region", regions.find(masterplan.regionCode()).orElseThrow());
        model.addAttribute("statuses", statuses(masterplan));
        return "masterplan/edit";
    }

    /** The statuses the form offers: adoption has its own button, and an adopted plan stays so. */
    private static List<MasterplanStatus> statuses(Masterplan masterplan) {
        return masterplan.status() == MasterplanStatus.ADOPTED
                ? List.of(MasterplanStatus.ADOPTED, MasterplanStatus.ARCHIVED)
                : List.of(MasterplanStatus.DRAFT, MasterplanStatus.ARCHIVED);
    }
}
