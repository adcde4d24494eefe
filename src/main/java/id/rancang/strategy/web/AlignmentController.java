package id.rancang.strategy.web;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.ImportRejectedException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import id.rancang.strategy.AlignmentItem;
import id.rancang.strategy.AlignmentItemChange;
import id.rancang.strategy.AlignmentItemCommand;
import id.rancang.strategy.AlignmentKind;
import id.rancang.strategy.AlignmentSpreadsheets;
import id.rancang.strategy.Alignments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The alignment matrix: which RPJMD goals each smart city programme supports, programmes that
 * support none highlighted; the RPJMD, Renstra, RPJMN and SPBE items, and forms to add items and
 * link a programme to them.
 */
@Controller
@RequestMapping("/masterplans/{id}/alignment")
class AlignmentController {

    private static final String PAGE = "strategy/alignment";

    private final Alignments alignments;
    private final Masterplans masterplans;
    private final AccessControl access;
    private final AlignmentSpreadsheets spreadsheets;

    AlignmentController(
            Alignments alignments, Masterplans masterplans, AccessControl access, AlignmentSpreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
        this.alignments = alignments;
        this.masterplans = masterplans;
        this.access = access;
    }

    @GetMapping
    String page(@PathVariable long id, HttpServletRequest request, Model model) {
        return render(masterplans.get(id), request, model);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("rpjmd-masterplan-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(spreadsheets.export(id));
    }

    @PostMapping("/import")
    String importItems(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes imported)
            throws java.io.IOException {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        try (var in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            AlignmentSpreadsheets.ImportResult result = spreadsheets.importWorkbook(id, in);
            imported.addFlashAttribute("imported", List.of(result.created(), result.updated()));
            return "redirect:/masterplans/" + id + "/alignment";
        } catch (ImportRejectedException e) {
            model.addAttribute("importProblems", e.problems());
        } catch (InvalidInputException e) {
            model.addAttribute("importErrors", e.problems());
        }
        response.setStatus(422);
        return render(masterplan, request, model);
    }

    @PostMapping("/items")
    String addItem(
            @PathVariable long id,
            @Valid @ModelAttribute("itemForm") AlignmentItemCommand command,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        if (!binding.hasErrors()) {
            try {
                alignments.create(id, command);
                if (!Htmx.isHtmx(request)) {
                    return "redirect:/masterplans/" + id + "/alignment";
                }
                model.addAttribute("itemForm", new AlignmentItemCommand(null, "", "", "", ""));
                return render(masterplan, request, model);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
            } catch (ConflictException e) {
                binding.rejectValue("code", e.messageKey(), e.arguments(), null);
            }
        }
        response.setStatus(422);
        return render(masterplan, request, model);
    }

    /** Changes one item's title, parent and office; a refusal reopens its form with the reasons. */
    @PostMapping("/items/{itemId}")
    String changeItem(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String parentCode,
            @RequestParam(required = false) String officeCode,
            @RequestParam long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        try {
            alignments.update(id, itemId, new AlignmentItemChange(title, parentCode, officeCode, version));
            return "redirect:/masterplans/" + id + "/alignment";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("itemProblems", e.problems());
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute(
                    "itemProblems",
                    List.of(new InvalidInputException.FieldProblem(null, e.messageKey(), e.arguments())));
        }
        model.addAttribute("editedItem", itemId);
        model.addAttribute("itemTyped", new AlignmentItemChange(title, parentCode, officeCode, version));
        return render(masterplan, request, model);
    }

    /** Deletes an item no other item hangs below, with the programmes' links to it. */
    @PostMapping("/items/{itemId}/delete")
    String deleteItem(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        try {
            alignments.delete(id, itemId, version);
            return "redirect:/masterplans/" + id + "/alignment";
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("editedItem", itemId);
            model.addAttribute(
                    "itemProblems",
                    List.of(new InvalidInputException.FieldProblem(null, e.messageKey(), e.arguments())));
            return render(masterplan, request, model);
        }
    }

    @PostMapping("/programmes")
    String link(
            @PathVariable long id,
            @RequestParam(required = false) String programmeCode,
            @RequestParam(required = false) List<Long> itemIds,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        if (programmeCode == null || programmeCode.isBlank()) {
            response.setStatus(422);
            model.addAttribute("linkInvalid", true);
            return render(masterplan, request, model);
        }
        try {
            alignments.link(id, programmeCode, itemIds == null ? List.of() : itemIds);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("linkInvalid", true);
            return render(masterplan, request, model);
        }
        if (!Htmx.isHtmx(request)) {
            return "redirect:/masterplans/" + id + "/alignment";
        }
        return render(masterplan, request, model);
    }

    private String render(Masterplan masterplan, HttpServletRequest request, Model model) {
        List<AlignmentItem> items = alignments.items(masterplan.id());
        Map<String, Set<String>> supported = alignments.supportedRpjmdGoals(masterplan.id());
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("items", items);
        model.addAttribute(
                "rpjmdGoals",
                items.stream().filter(i -> i.kind() == AlignmentKind.RPJMD_GOAL).toList());
        model.addAttribute("supported", supported);
        model.addAttribute("names", alignments.programmeNames(masterplan.id()));
        model.addAttribute(
                "unaligned", supported.values().stream().filter(Set::isEmpty).count());
        model.addAttribute("kinds", AlignmentKind.values());
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        if (model.getAttribute("itemForm") == null) {
            model.addAttribute("itemForm", new AlignmentItemCommand(null, "", "", "", ""));
        }
        return Htmx.view(request, PAGE, "alignment");
    }
}
