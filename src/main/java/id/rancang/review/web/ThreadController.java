package id.rancang.review.web;

import id.rancang.masterplan.Masterplans;
import id.rancang.review.CommentCommand;
import id.rancang.review.CommentFormat;
import id.rancang.review.ReplyCommand;
import id.rancang.review.ResolutionCommand;
import id.rancang.review.ReviewComment;
import id.rancang.review.ReviewComments;
import id.rancang.review.TargetKind;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review thread of one item, which other pages include with {@code review/thread :: thread}:
 * the include loads it with htmx, and every form in it answers with the changed thread. Without
 * JavaScript the same handlers serve the thread as a page of its own and redirect back to it.
 */
@Controller
@RequestMapping("/masterplans/{id}/review")
class ThreadController {

    private static final String FRAGMENT = "review/thread :: threadBody";
    private static final String PAGE = "review/thread-page";

    private final ReviewComments comments;
    private final Masterplans masterplans;

    ThreadController(ReviewComments comments, Masterplans masterplans) {
        this.comments = comments;
        this.masterplans = masterplans;
    }

    @GetMapping("/thread")
    String thread(
            @PathVariable long id,
            @RequestParam TargetKind targetKind,
            @RequestParam String targetKey,
            HttpServletRequest request,
            Model model) {
        return show(id, targetKind, targetKey, true, request, model);
    }

    @PostMapping("/thread")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CommentCommand command,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (command.targetKind() == null || command.targetKey() == null) {
            throw new NotFoundException("review target");
        }
        if (!binding.hasErrors()) {
            try {
                comments.create(id, command);
                return done(id, command.targetKind(), command.targetKey(), request, model);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.reject(p.messageKey(), p.arguments(), null));
            }
        }
        response.setStatus(422);
        return show(id, command.targetKind(), command.targetKey(), request, model);
    }

    @PostMapping("/comments/{commentId}/replies")
    String reply(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String text,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ReviewComment thread = comments.get(id, commentId);
        if (!fits(text)) {
            return refusedText("replyError", thread.id(), thread, request, response, model);
        }
        comments.reply(id, commentId, new ReplyCommand(text, null, null));
        return done(id, thread.targetKind(), thread.targetKey(), request, model);
    }

    /** Changes one's own comment or reply; its format (plain text or HTML) stays as it was. */
    @PostMapping("/comments/{commentId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ReviewComment thread = comments.get(id, commentId);
        if (!fits(text)) {
            return refusedText("editError", commentId, thread, request, response, model);
        }
        CommentFormat format = thread.id() == commentId
                ? thread.format()
                : thread.replies().stream()
                        .filter(reply -> reply.id() == commentId)
                        .map(ReviewComment.Reply::format)
                        .findFirst()
                        .orElse(CommentFormat.PLAIN);
        try {
            comments.edit(id, commentId, new ReplyCommand(text, format, version));
        } catch (OptimisticLockingFailureException e) {
            return refused(response, 409, "error.staleVersion", thread, request, model);
        }
        return done(id, thread.targetKind(), thread.targetKey(), request, model);
    }

    @PostMapping("/comments/{commentId}/resolution")
    String resolve(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(defaultValue = "true") boolean resolved,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ReviewComment thread = comments.get(id, commentId);
        try {
            comments.resolve(id, commentId, new ResolutionCommand(resolved, version));
        } catch (OptimisticLockingFailureException e) {
            return refused(response, 409, "error.staleVersion", thread, request, model);
        } catch (ConflictException e) {
            return refused(response, 409, e.messageKey(), thread, request, model);
        }
        return done(id, thread.targetKind(), thread.targetKey(), request, model);
    }

    @PostMapping("/comments/{commentId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long commentId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ReviewComment thread = comments.get(id, commentId);
        try {
            comments.delete(id, commentId);
        } catch (ConflictException e) {
            return refused(response, 409, e.messageKey(), thread, request, model);
        }
        return done(id, thread.targetKind(), thread.targetKey(), request, model);
    }

    /** A reply's or an edited comment's text: not blank and at most 4,000 characters. */
    private static boolean fits(String text) {
        return text != null && !text.isBlank() && text.length() <= 4000;
    }

    /** The thread again with the text field of {@code itemId} marked as missing (422). */
    private String refusedText(
            String errorAttribute,
            long itemId,
            ReviewComment thread,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setStatus(422);
        model.addAttribute(errorAttribute, itemId);
        return show(thread.masterplanId(), thread.targetKind(), thread.targetKey(), request, model);
    }

    private String refused(
            HttpServletResponse response,
            int status,
            String messageKey,
            ReviewComment thread,
            HttpServletRequest request,
            Model model) {
        response.setStatus(status);
        model.addAttribute("notice", messageKey);
        return show(thread.masterplanId(), thread.targetKind(), thread.targetKey(), request, model);
    }

    private String done(long id, TargetKind kind, String key, HttpServletRequest request, Model model) {
        if (!Htmx.isHtmx(request)) {
            return "redirect:" + threadPath(id, kind, key);
        }
        model.asMap().remove("form");
        return show(id, kind, key, request, model);
    }

    private String show(long id, TargetKind kind, String key, HttpServletRequest request, Model model) {
        return show(id, kind, key, false, request, model);
    }

    /**
     * The thread; with {@code existingOnly} a 404 for an item that is not in the masterplan and has
     * no thread (the threads of an item deleted since stay readable; a refused form is shown again).
     */
    private String show(
            long id, TargetKind kind, String key, boolean existingOnly, HttpServletRequest request, Model model) {
        List<ReviewComment> threads;
        try {
            threads = comments.thread(id, kind, key);
        } catch (InvalidInputException e) {
            throw new NotFoundException("review target " + kind + " " + key);
        }
        String stored = kind.normalise(key).orElseThrow();
        model.addAttribute("masterplan", masterplans.get(id));
        model.addAttribute("threads", threads);
        model.addAttribute("targetKind", kind);
        model.addAttribute("targetKey", stored);
        model.addAttribute(
                "threadId",
                "review-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-"
                        + stored.replaceAll("[^A-Za-z0-9_-]", "-"));
        String targetName = comments.targetName(id, kind, stored);
        if (existingOnly && threads.isEmpty() && targetName == null && !comments.hasTarget(id, kind, stored)) {
            throw new NotFoundException("review target " + kind + " " + stored);
        }
        model.addAttribute("targetName", targetName);
        model.addAttribute("rights", comments.rights(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CommentCommand(kind, stored, "", null));
        }
        return Htmx.isHtmx(request) ? FRAGMENT : PAGE;
    }

    static String threadPath(long id, TargetKind kind, String key) {
        return UriComponentsBuilder.fromPath("/masterplans/{id}/review/thread")
                .queryParam("targetKind", kind.name())
                .queryParam("targetKey", key)
                .buildAndExpand(id)
                .encode()
                .toUriString();
    }
}
