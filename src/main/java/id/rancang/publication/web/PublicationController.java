package id.rancang.publication.web;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.publication.ApprovalCommand;
import id.rancang.publication.BookKind;
import id.rancang.publication.Narrative;
import id.rancang.publication.NarrativeChapter;
import id.rancang.publication.NarrativeCommand;
import id.rancang.publication.Narratives;
import id.rancang.publication.Publications;
import id.rancang.publication.Version;
import id.rancang.publication.VersionCommand;
import id.rancang.publication.VersionStatus;
import id.rancang.publication.Versions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The books page: the five books to download in both languages, the narrative chapters the team
 * writes (with their editor), and versions with approval and the differences between two.
 */
@Controller
@RequestMapping("/masterplans/{id}/books")
class PublicationController {

    private final Masterplans masterplans;
    private final Publications publications;
    private final Narratives narratives;
    private final Versions versions;
    private final AccessControl access;

    PublicationController(
            Masterplans masterplans,
            Publications publications,
            Narratives narratives,
            Versions versions,
            AccessControl access) {
        this.masterplans = masterplans;
        this.publications = publications;
        this.narratives = narratives;
        this.versions = versions;
        this.access = access;
    }

    record ChapterRow(NarrativeChapter chapter, Narrative narrative) {}

    @GetMapping
    String page(@PathVariable long id, Model model) {
        fill(model, masterplans.get(id));
        return "publication/page";
    }

    @GetMapping("/{book}.{format}")
    CompletableFuture<ResponseEntity<byte[]>> download(
            @PathVariable long id,
            @PathVariable String book,
            @PathVariable String format,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        return publications
                .book(id, Downloads.book(book), Downloads.format(format), Downloads.language(lang), ifNoneMatch)
                .thenApply(Downloads::response);
    }

    @GetMapping("/versions/{versionId}/{book}.{format}")
    CompletableFuture<ResponseEntity<byte[]>> downloadVersion(
            @PathVariable long id,
            @PathVariable long versionId,
            @PathVariable String book,
            @PathVariable String format,
            @RequestParam(required = false) String lang) {
        return versions.book(id, versionId, Downloads.book(book), Downloads.format(format), Downloads.language(lang))
                .thenApply(Downloads::response);
    }

    @GetMapping("/narratives/{code}")
    String narrative(@PathVariable long id, @PathVariable String code, Model model) {
        Masterplan masterplan = masterplans.get(id);
        NarrativeChapter chapter = NarrativeChapter.find(code).orElseThrow(() -> new NotFoundException("narrative"));
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("chapter", chapter);
        model.addAttribute("narrative", narratives.get(id, code));
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        return "publication/narrative";
    }

    @PostMapping("/narratives/{code}")
    String saveNarrative(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) String textEn,
            @RequestParam(defaultValue = "0") long version,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("draftEn", textEn);
        try {
            narratives.save(id, code, new NarrativeCommand(text, version, textEn));
            return "redirect:/masterplans/" + id + "/books?saved=" + code + "#narratives";
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            narrative(id, code, model);
            model.addAttribute("conflict", true);
            model.addAttribute("draft", text);
            return "publication/narrative";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            narrative(id, code, model);
            model.addAttribute("errors", e.problems());
            model.addAttribute("draft", text);
            return "publication/narrative";
        }
    }

    @PostMapping("/versions")
    String createVersion(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String label,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            Version version = versions.create(id, new VersionCommand(label));
            model.addAttribute("created", version);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.problems());
            model.addAttribute("label", label);
        }
        return versionsView(id, model, request);
    }

    @PostMapping("/versions/{versionId}/approval")
    String approve(
            @PathVariable long id,
            @PathVariable long versionId,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            model.addAttribute("approved", versions.approve(id, versionId, new ApprovalCommand(note)));
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("conflict", e);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.problems());
            model.addAttribute("noteVersion", versionId);
            model.addAttribute("note", note);
        }
        return versionsView(id, model, request);
    }

    @PostMapping("/versions/{versionId}/delete")
    String deleteVersion(
            @PathVariable long id,
            @PathVariable long versionId,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            versions.delete(id, versionId);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("conflict", e);
        }
        return versionsView(id, model, request);
    }

    @GetMapping("/diff")
    String diff(@PathVariable long id, @RequestParam long from, @RequestParam long to, Model model) {
        Masterplan masterplan = masterplans.get(id);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("diff", versions.diff(id, from, to));
        return "publication/diff";
    }

    private String versionsView(long id, Model model, HttpServletRequest request) {
        fill(model, masterplans.get(id));
        return Htmx.view(request, "publication/page", "versions");
    }

    private void fill(Model model, Masterplan masterplan) {
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("books", BookKind.values());
        Map<BookKind, List<ChapterRow>> chapters = new LinkedHashMap<>();
        Map<NarrativeChapter, Narrative> all = narratives.all(masterplan.id());
        for (BookKind kind : BookKind.values()) {
            chapters.put(
                    kind,
                    NarrativeChapter.of(kind).stream()
                            .map(c -> new ChapterRow(c, all.get(c)))
                            .toList());
        }
        model.addAttribute("chapters", chapters);
        model.addAttribute(
                "written", all.values().stream().filter(Narrative::written).count());
        model.addAttribute("chapterCount", all.size());
        List<Version> list = versions.list(masterplan.id());
        model.addAttribute("versions", list);
        model.addAttribute(
                "approvedVersion",
                list.stream()
                        .filter(v -> v.status() == VersionStatus.APPROVED)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        model.addAttribute("mayApprove", access.can(masterplan.regionCode(), Permission.APPROVE));
    }
}
