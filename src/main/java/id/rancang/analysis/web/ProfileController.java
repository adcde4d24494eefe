package id.rancang.analysis.web;

import id.rancang.analysis.RegionalProfile;
import id.rancang.analysis.RegionalProfiles;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** The regional profile (Buku 1, chapter 2): one form, saved as a whole. */
@Controller
@RequestMapping("/masterplans/{id}/profile")
class ProfileController {

    private static final String PAGE = "analysis/profile";

    private final RegionalProfiles profiles;
    private final AnalysisPages pages;

    ProfileController(RegionalProfiles profiles, AnalysisPages pages) {
        this.profiles = profiles;
        this.pages = pages;
    }

    @GetMapping
    String page(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("saved", saved != null);
        model.addAttribute("form", ProfileForm.of(profiles.get(id)));
        return page(id, model);
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @ModelAttribute("form") ProfileForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                RegionalProfile saved = profiles.update(id, form.command());
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/masterplans/" + id + "/profile?saved";
                }
                model.addAttribute("saved", true);
                model.addAttribute("form", ProfileForm.of(saved));
                page(id, model);
                return PAGE + " :: profile";
            } catch (InvalidInputException e) {
                AnalysisPages.reject(e, binding, form::field);
            } catch (OptimisticLockingFailureException e) {
                // The writer's entries stay, over the saved version: saving again replaces it.
                binding.reject("profile.conflict");
                response.setStatus(409);
                form.setVersion(profiles.get(id).version());
            }
        }
        if (response.getStatus() != 409) {
            response.setStatus(422);
        }
        form.withEmptyRows();
        page(id, model);
        return Htmx.view(request, PAGE, "profile");
    }

    private String page(long id, Model model) {
        pages.prepare(id, model);
        model.addAttribute("profile", profiles.get(id));
        return PAGE;
    }
}
