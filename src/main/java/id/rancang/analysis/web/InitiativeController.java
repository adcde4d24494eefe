package id.rancang.analysis.web;

import id.rancang.analysis.AnalysisSpreadsheets;
import id.rancang.analysis.Initiative;
import id.rancang.analysis.InitiativeStatus;
import id.rancang.analysis.InitiativeType;
import id.rancang.analysis.Initiatives;
import id.rancang.region.Offices;
import id.rancang.shared.ImportRejectedException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The initiatives already running in a masterplan's region, edited inline like the problems: with
 * htmx only the changed row or list is exchanged; without JavaScript whole pages.
 */
@Controller
@RequestMapping("/masterplans/{id}/initiatives")
class InitiativeController {

    private static final String PAGE = "analysis/initiatives";
    private static final String SEGMENT = "initiatives";

    private final Initiatives initiatives;
    private final AnalysisSpreadsheets spreadsheets;
    private final AnalysisPages pages;
    private final Offices offices;

    InitiativeController(
            Initiatives initiatives, AnalysisSpreadsheets spreadsheets, AnalysisPages pages, Offices offices) {
        this.initiatives = initiatives;
        this.spreadsheets = spreadsheets;
        this.pages = pages;
        this.offices = offices;
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping
    String create(
            @PathVariable long id,
            @ModelAttribute("form") InitiativeForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                initiatives.create(id, form.command());
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/masterplans/" + id + "/" + SEGMENT;
                }
                model.addAttribute("form", new InitiativeForm());
                page(id, model);
                return PAGE + " :: items";
            } catch (InvalidInputException e) {
                AnalysisPages.reject(e, binding, UnaryOperator.identity());
            }
        }
        response.setStatus(422);
        page(id, model);
        return Htmx.view(request, PAGE, "items");
    }

    @GetMapping("/{itemId}/edit")
    String edit(@PathVariable long id, @PathVariable long itemId, HttpServletRequest request, Model model) {
        Initiative initiative = initiatives.get(id, itemId);
        model.addAttribute("initiative", initiative);
        model.addAttribute("edit", InitiativeForm.of(initiative));
        model.addAttribute("editingId", itemId);
        if (Htmx.isHtmx(request)) {
            prepare(id, model);
            return PAGE + " :: editRow";
        }
        return page(id, model);
    }

    @GetMapping("/{itemId}")
    String row(@PathVariable long id, @PathVariable long itemId, HttpServletRequest request, Model model) {
        Initiative initiative = initiatives.get(id, itemId);
        if (!Htmx.isHtmx(request)) {
            return page(id, model);
        }
        prepare(id, model);
        model.addAttribute("initiative", initiative);
        return PAGE + " :: row";
    }

    @PostMapping("/{itemId}")
    String update(
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute("edit") InitiativeForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                Initiative initiative = initiatives.update(id, itemId, form.command());
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/masterplans/" + id + "/" + SEGMENT;
                }
                prepare(id, model);
                model.addAttribute("initiative", initiative);
                return PAGE + " :: row";
            } catch (InvalidInputException e) {
                AnalysisPages.reject(e, binding, UnaryOperator.identity());
            } catch (OptimisticLockingFailureException e) {
                // The writer's input stays in the form with the current version: saving it again
                // after reading the notice replaces the other change knowingly.
                Initiative current = initiatives.get(id, itemId);
                model.addAttribute("current", current);
                form.setVersion(current.version());
            }
        }
        response.setStatus(model.containsAttribute("current") ? 409 : 422);
        model.addAttribute("initiative", initiatives.get(id, itemId));
        model.addAttribute("editingId", itemId);
        if (Htmx.isHtmx(request)) {
            prepare(id, model);
            return PAGE + " :: editRow";
        }
        return page(id, model);
    }

    @PostMapping("/{itemId}/delete")
    String delete(@PathVariable long id, @PathVariable long itemId, HttpServletRequest request, Model model) {
        initiatives.delete(id, itemId);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/masterplans/" + id + "/" + SEGMENT;
        }
        page(id, model);
        return PAGE + " :: items";
    }

    @PostMapping("/import")
    String importFile(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletResponse response,
            Model model,
            RedirectAttributes imported) {
        try {
            int count = spreadsheets.importInitiatives(id, SpreadsheetDownloads.bytes(file));
            // Said once, after the redirect; a link with a made-up count shows nothing.
            imported.addFlashAttribute("imported", count);
            return "redirect:/masterplans/" + id + "/" + SEGMENT;
        } catch (ImportRejectedException e) {
            model.addAttribute("importProblems", e.problems());
        } catch (InvalidInputException e) {
            model.addAttribute("fileProblems", e.problems());
        }
        response.setStatus(422);
        return page(id, model);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return SpreadsheetDownloads.of(spreadsheets.exportInitiatives(id), SEGMENT + ".xlsx");
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return SpreadsheetDownloads.of(spreadsheets.initiativeTemplate(id), "template-" + SEGMENT + ".xlsx");
    }

    private void prepare(long id, Model model) {
        pages.prepare(id, model);
        model.addAttribute("offices", offices.list(pages.region(model)));
        model.addAttribute("types", InitiativeType.values());
        model.addAttribute("statuses", InitiativeStatus.values());
    }

    private String page(long id, Model model) {
        prepare(id, model);
        model.addAttribute("initiatives", initiatives.list(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InitiativeForm());
        }
        return PAGE;
    }
}
