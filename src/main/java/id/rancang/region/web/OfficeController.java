package id.rancang.region.web;

import id.rancang.region.Office;
import id.rancang.region.OfficeCommand;
import id.rancang.region.Offices;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * The offices (OPD) of a region. Administrators add, rename and remove them inline: with htmx only
 * the changed row or form is exchanged; without JavaScript the same handlers serve whole pages.
 */
@Controller
@RequestMapping("/regions/{code}/offices")
class OfficeController {

    private static final String PAGE = "region/offices";

    private final Offices offices;
    private final Regions regions;
    private final AccessControl access;

    OfficeController(Offices offices, Regions regions, AccessControl access) {
        this.offices = offices;
        this.regions = regions;
        this.access = access;
    }

    @GetMapping
    String list(@PathVariable String code, Model model) {
        return page(code, model, new OfficeCommand("", "", null));
    }

    @PostMapping
    String create(
            @PathVariable String code,
            @Valid @ModelAttribute("form") OfficeCommand command,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                offices.create(code, command);
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/regions/" + code + "/offices";
                }
                page(code, model, new OfficeCommand("", "", null));
                return PAGE + " :: offices";
            } catch (ConflictException e) {
                binding.rejectValue("code", e.messageKey(), e.arguments(), null);
            }
        }
        response.setStatus(422);
        page(code, model, command);
        return Htmx.view(request, PAGE, "offices");
    }

    @GetMapping("/{officeCode}/edit")
    String edit(@PathVariable String code, @PathVariable String officeCode, HttpServletRequest request, Model model) {
        Office office = offices.get(code, officeCode);
        model.addAttribute("office", office);
        model.addAttribute("edit", new OfficeCommand(office.code(), office.name(), office.version()));
        if (Htmx.isHtmx(request)) {
            model.addAttribute("region", regions.get(code));
            return PAGE + " :: editRow";
        }
        // Without scripts the whole page is shown, with the form in place of the office's row.
        model.addAttribute("editing", office.code());
        return page(code, model, new OfficeCommand("", "", null));
    }

    @GetMapping("/{officeCode}")
    String row(@PathVariable String code, @PathVariable String officeCode, HttpServletRequest request, Model model) {
        if (!Htmx.isHtmx(request)) {
            return "redirect:/regions/" + code + "/offices";
        }
        model.addAttribute("region", regions.get(code));
        model.addAttribute("office", offices.get(code, officeCode));
        model.addAttribute("administers", true);
        return PAGE + " :: row";
    }

    @PostMapping("/{officeCode}")
    String update(
            @PathVariable String code,
            @PathVariable String officeCode,
            @Valid @ModelAttribute("edit") OfficeCommand command,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                Office office = offices.update(code, officeCode, command);
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/regions/" + code + "/offices";
                }
                model.addAttribute("region", regions.get(code));
                model.addAttribute("office", office);
                model.addAttribute("administers", true);
                return PAGE + " :: row";
            } catch (ConflictException e) {
                binding.rejectValue("code", e.messageKey(), e.arguments(), null);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.staleVersion");
                model.addAttribute("current", offices.get(code, officeCode));
            }
        }
        response.setStatus(model.containsAttribute("current") ? 409 : 422);
        Office office = offices.get(code, officeCode);
        model.addAttribute("office", office);
        model.addAttribute("region", regions.get(code));
        if (Htmx.isHtmx(request)) {
            return PAGE + " :: editRow";
        }
        model.addAttribute("editing", office.code());
        return page(code, model, new OfficeCommand("", "", null));
    }

    /** Deletes an office; one whose code is still in use stays, and the list says where it is used (409). */
    @PostMapping("/{officeCode}/delete")
    String delete(
            @PathVariable String code,
            @PathVariable String officeCode,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            offices.delete(code, officeCode);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("refusal", e);
            page(code, model, new OfficeCommand("", "", null));
            return Htmx.view(request, PAGE, "offices");
        }
        if (!Htmx.isHtmx(request)) {
            return "redirect:/regions/" + code + "/offices";
        }
        page(code, model, new OfficeCommand("", "", null));
        return PAGE + " :: offices";
    }

    private String page(String code, Model model, OfficeCommand form) {
        var region = regions.get(code);
        model.addAttribute("region", region);
        model.addAttribute("offices", offices.list(code));
        model.addAttribute("administers", access.can(region.code(), Permission.ADMINISTER));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return PAGE;
    }
}
