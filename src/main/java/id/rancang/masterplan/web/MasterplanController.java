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
import id.rancang.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
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
import org.springframework.web.bind.annotation.RequestParam;

/** Start a masterplan, see its overview, change its title, years and stage. */
@Controller
@RequestMapping("/masterplans")
class MasterplanController {

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
                new CreateMasterplanCommand(
                        regionCode, frameworks.defaultFramework().code(), next, Masterplan.MAX_HORIZON, ""));
        return newPage(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CreateMasterplanCommand command,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        try {
            Masterplan created = masterplans.create(command);
            return "redirect:/masterplans/" + created.id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
        } catch (ConflictException e) {
            binding.reject(e.messageKey(), e.arguments(), null);
        }
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
        model.addAttribute("administers", access.can(masterplan.regionCode(), Permission.ADMINISTER));
        return "masterplan/overview";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        model.addAttribute(
                "form",
                new UpdateMasterplanCommand(
                        masterplan.title(),
                        masterplan.startYear(),
                        masterplan.horizonYears(),
                        masterplan.stage(),
                        masterplan.status(),
                        masterplan.version()));
        return editPage(masterplan, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") UpdateMasterplanCommand command,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        try {
            masterplans.update(id, command);
            return "redirect:/masterplans/" + id;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
        } catch (ConflictException e) {
            binding.reject(e.messageKey(), e.arguments(), null);
        } catch (OptimisticLockingFailureException e) {
            binding.reject("error.staleVersion");
            response.setStatus(409);
            Masterplan current = masterplans.get(id);
            model.addAttribute("current", current);
            return editPage(current, model);
        }
        response.setStatus(422);
        return editPage(masterplans.get(id), model);
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
        model.addAttribute("statuses", MasterplanStatus.values());
        return "masterplan/edit";
    }
}
