package id.rancang.bimtek.web;

import id.rancang.bimtek.Participant;
import id.rancang.bimtek.ParticipantCommand;
import id.rancang.bimtek.Participants;
import id.rancang.bimtek.PentahelixCategory;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Offices;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final MessageSource messages;

    ParticipantController(
            Masterplans masterplans,
            Participants participants,
            Offices offices,
            Regions regions,
            AccessControl access,
            MessageSource messages) {
        this.messages = messages;
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
        // A value that did not bind (a category that does not exist) is named on its field; nothing
        // is saved with it left out.
        if (!binding.hasErrors()) {
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
        }
        response.setStatus(422);
        page(id, model);
        return Htmx.view(request, PAGE, "participants");
    }

    @GetMapping("/{participantId}/edit")
    String edit(@PathVariable long id, @PathVariable long participantId, HttpServletRequest request, Model model) {
        masterplans.require(id, Permission.EDIT);
        Participant participant = participants.get(id, participantId);
        model.addAttribute("edit", command(participant));
        model.addAttribute("editingId", participantId);
        return rowView(id, participant, request, model, "editRow");
    }

    @GetMapping("/{participantId}")
    String row(@PathVariable long id, @PathVariable long participantId, HttpServletRequest request, Model model) {
        Participant participant = participants.get(id, participantId);
        return rowView(id, participant, request, model, "row");
    }

    @PostMapping("/{participantId}")
    String update(
            @PathVariable long id,
            @PathVariable long participantId,
            @ModelAttribute("edit") ParticipantCommand command,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        masterplans.require(id, Permission.EDIT);
        Participant current = participants.get(id, participantId);
        if (binding.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("editingId", participantId);
            return rowView(id, current, request, model, "editRow");
        }
        try {
            Participant updated = participants.update(id, participantId, command);
            if (!Htmx.isHtmx(request)) {
                return "redirect:/masterplans/" + id + "/bimtek/participants";
            }
            return rowView(id, updated, request, model, "row");
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
            response.setStatus(422);
        } catch (OptimisticLockingFailureException e) {
            // The writer's entries stay, over the saved version, so that saving again replaces it.
            response.setStatus(409);
            model.addAttribute("edit", over(command, current.version()));
            model.addAttribute("conflictName", current.name());
        }
        model.addAttribute("editingId", participantId);
        return rowView(id, current, request, model, "editRow");
    }

    @PostMapping("/{participantId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long participantId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            participants.delete(id, participantId);
            if (!Htmx.isHtmx(request)) {
                return "redirect:/masterplans/" + id + "/bimtek/participants";
            }
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute(
                    "participantError",
                    messages.getMessage(
                            e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
        }
        model.addAttribute("form", empty());
        page(id, model);
        return Htmx.view(request, PAGE, "participants");
    }

    private String rowView(long id, Participant participant, HttpServletRequest request, Model model, String fragment) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", empty());
        }
        page(id, model);
        model.addAttribute("p", participant);
        return Htmx.view(request, PAGE, fragment);
    }

    private static ParticipantCommand over(ParticipantCommand c, Long version) {
        return new ParticipantCommand(
                c.name(),
                c.category(),
                c.organisation(),
                c.officeCode(),
                c.position(),
                c.areaCode(),
                c.contact(),
                c.councilMember(),
                c.teamMember(),
                version);
    }

    private static ParticipantCommand command(Participant p) {
        return new ParticipantCommand(
                p.name(),
                p.category(),
                p.organisation(),
                p.officeCode(),
                p.position(),
                p.areaCode(),
                p.contact(),
                p.councilMember(),
                p.teamMember(),
                p.version());
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
