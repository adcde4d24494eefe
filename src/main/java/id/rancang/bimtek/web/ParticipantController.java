package id.rancang.bimtek.web;

import id.rancang.bimtek.ParticipantCommand;
import id.rancang.bimtek.Participants;
import id.rancang.bimtek.PentahelixCategory;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Offices;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The participants of a masterplan's Bimtek; editors add them inline (htmx swaps the list). */
@Controller
@RequestMapping("/masterplans/{id}/bimtek/participants")
class ParticipantController {

    private static final String PAGE = "bimtek/participants";

    private final Masterplans masterplans;
    private final Participants participants;
    private final Offices offices;
    private final Regions regions;
    private final AccessControl access;

    ParticipantController(
            Masterplans masterplans,
            Participants participants,
            Offices offices,
            Regions regions,
            AccessControl access) {
        this.masterplans = masterplans;
        this.participants = participants;
        this.offices = offices;
        this.regions = regions;
        this.access = access;
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        model.addAttribute("form", empty());
        return page(id, model);
    }

    @PostMapping
    String create(
            @PathVariable long id,
            @ModelAttribute("form") ParticipantCommand command,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        masterplans.require(id, Permission.EDIT);
        try {
            participants.create(id, command);
            if (!Htmx.isHtmx(request)) {
                return "redirect:/masterplans/" + id + "/bimtek/participants";
            }
            model.addAttribute("form", empty());
            page(id, model);
            return PAGE + " :: participants";
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
        }
        response.setStatus(422);
        page(id, model);
        return Htmx.view(request, PAGE, "participants");
    }

    private static ParticipantCommand empty() {
        return new ParticipantCommand("", PentahelixCategory.GOVERNMENT, "", "", "", "", "", false, false, null);
    }

    private String page(long id, Model model) {
        Masterplan masterplan = masterplans.get(id);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("region", regions.find(masterplan.regionCode()).orElseThrow());
        model.addAttribute("participants", participants.list(id));
        model.addAttribute("categories", PentahelixCategory.values());
        model.addAttribute("offices", offices.list(masterplan.regionCode().value()));
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        return PAGE;
    }
}
