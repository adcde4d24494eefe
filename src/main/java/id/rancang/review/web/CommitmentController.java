package id.rancang.review.web;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Offices;
import id.rancang.review.Commitments;
import id.rancang.review.SignatoryCommand;
import id.rancang.review.SignatoryRole;
import id.rancang.shared.AccessControl;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The commitment sheet: who signed the masterplan and when; the authors add and remove signatories. */
@Controller
@RequestMapping("/masterplans/{id}/commitments")
class CommitmentController {

    private static final String PAGE = "review/commitments";

    private final Commitments commitments;
    private final Masterplans masterplans;
    private final Offices offices;
    private final AccessControl access;

    CommitmentController(Commitments commitments, Masterplans masterplans, Offices offices, AccessControl access) {
        this.commitments = commitments;
        this.masterplans = masterplans;
        this.offices = offices;
        this.access = access;
    }

    @GetMapping
    String sheet(@PathVariable long id, HttpServletRequest request, Model model) {
        page(id, model);
        return Htmx.view(request, PAGE, "sheet");
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SignatoryCommand command,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                commitments.add(id, command);
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/masterplans/" + id + "/commitments";
                }
                model.asMap().remove("form");
                page(id, model);
                return PAGE + " :: sheet";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
            }
        }
        response.setStatus(422);
        page(id, model);
        return Htmx.view(request, PAGE, "sheet");
    }

    @PostMapping("/{commitmentId}/delete")
    String remove(@PathVariable long id, @PathVariable long commitmentId, HttpServletRequest request, Model model) {
        commitments.remove(id, commitmentId);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/masterplans/" + id + "/commitments";
        }
        page(id, model);
        return PAGE + " :: sheet";
    }

    private void page(long id, Model model) {
        Masterplan masterplan = masterplans.get(id);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("signatories", commitments.signatories(id));
        model.addAttribute("offices", offices.list(masterplan.regionCode().value()));
        model.addAttribute("roles", SignatoryRole.values());
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SignatoryCommand("", "", "", SignatoryRole.OFFICE_HEAD, null, ""));
        }
    }
}
