package id.rancang.analysis.web;

import id.rancang.analysis.AnalysisSpreadsheets;
import id.rancang.analysis.Issue;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.IssueOrigin;
import id.rancang.analysis.Issues;
import id.rancang.shared.ImportRejectedException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of problems or potentials of a masterplan, edited inline: with htmx only the changed
 * row or list is exchanged; without JavaScript the same handlers serve whole pages. Subclasses
 * fix the kind and the path.
 */
abstract class IssuePages {

    private static final String PAGE = "analysis/issues";

    private final IssueKind kind;
    private final String segment;
    private final Issues issues;
    private final AnalysisSpreadsheets spreadsheets;
    private final AnalysisPages pages;

    IssuePages(IssueKind kind, String segment, Issues issues, AnalysisSpreadsheets spreadsheets, AnalysisPages pages) {
        this.kind = kind;
        this.segment = segment;
        this.issues = issues;
        this.spreadsheets = spreadsheets;
        this.pages = pages;
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping
    String create(
            @PathVariable long id,
            @ModelAttribute("form") IssueForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                issues.create(id, kind, form.command());
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/masterplans/" + id + "/" + segment;
                }
                model.addAttribute("form", new IssueForm());
                page(id, model);
                return PAGE + " :: items";
            } catch (InvalidInputException e) {
                AnalysisPages.reject(e, binding, IssueForm::field);
            }
        }
        response.setStatus(422);
        page(id, model);
        return Htmx.view(request, PAGE, "items");
    }

    @GetMapping("/{itemId}/edit")
    String edit(@PathVariable long id, @PathVariable long itemId, HttpServletRequest request, Model model) {
        Issue issue = issues.get(id, kind, itemId);
        model.addAttribute("issue", issue);
        model.addAttribute("edit", IssueForm.of(issue));
        model.addAttribute("editingId", itemId);
        if (Htmx.isHtmx(request)) {
            prepare(id, model);
            return PAGE + " :: editRow";
        }
        return page(id, model);
    }

    @GetMapping("/{itemId}")
    String row(@PathVariable long id, @PathVariable long itemId, HttpServletRequest request, Model model) {
        Issue issue = issues.get(id, kind, itemId);
        if (!Htmx.isHtmx(request)) {
            return page(id, model);
        }
        prepare(id, model);
        model.addAttribute("issue", issue);
        return PAGE + " :: row";
    }

    @PostMapping("/{itemId}")
    String update(
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute("edit") IssueForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                Issue issue = issues.update(id, kind, itemId, form.command());
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/masterplans/" + id + "/" + segment;
                }
                prepare(id, model);
                model.addAttribute("issue", issue);
                return PAGE + " :: row";
            } catch (InvalidInputException e) {
                AnalysisPages.reject(e, binding, IssueForm::field);
            } catch (OptimisticLockingFailureException e) {
                // The writer's input stays in the form with the current version: saving it again
                // after reading the notice replaces the other change knowingly.
                Issue current = issues.get(id, kind, itemId);
                model.addAttribute("current", current);
                form.setVersion(current.version());
            }
        }
        response.setStatus(model.containsAttribute("current") ? 409 : 422);
        model.addAttribute("issue", issues.get(id, kind, itemId));
        model.addAttribute("editingId", itemId);
        if (Htmx.isHtmx(request)) {
            prepare(id, model);
            return PAGE + " :: editRow";
        }
        return page(id, model);
    }

    @PostMapping("/{itemId}/delete")
    String delete(@PathVariable long id, @PathVariable long itemId, HttpServletRequest request, Model model) {
        issues.delete(id, kind, itemId);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/masterplans/" + id + "/" + segment;
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
            int count = spreadsheets.importIssues(id, kind, SpreadsheetDownloads.bytes(file));
            // Said once, after the redirect; a link with a made-up count shows nothing.
            imported.addFlashAttribute("imported", count);
            return "redirect:/masterplans/" + id + "/" + segment;
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
        return SpreadsheetDownloads.of(spreadsheets.exportIssues(id, kind), segment + ".xlsx");
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return SpreadsheetDownloads.of(spreadsheets.issueTemplate(id), "template-" + segment + ".xlsx");
    }

    private void prepare(long id, Model model) {
        pages.prepare(id, model);
        model.addAttribute("kind", kind);
        model.addAttribute("segment", segment);
        model.addAttribute("origins", IssueOrigin.values());
    }

    private String page(long id, Model model) {
        prepare(id, model);
        model.addAttribute("issues", issues.list(id, kind));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new IssueForm());
        }
        return PAGE;
    }
}
