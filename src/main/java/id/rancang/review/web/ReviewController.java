package id.rancang.review.web;

import id.rancang.masterplan.Masterplans;
import id.rancang.review.CommentStatus;
import id.rancang.review.ReviewComment;
import id.rancang.review.ReviewComments;
import id.rancang.review.TargetKind;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review comments of a masterplan on one page, with filters and counts; the htmx request for the
 * filtered list gets only the results.
 */
@Controller
@RequestMapping("/masterplans/{id}/review")
class ReviewController {

    private static final String PAGE = "review/comments";

    private final ReviewComments comments;
    private final Masterplans masterplans;

    ReviewController(ReviewComments comments, Masterplans masterplans) {
        this.comments = comments;
        this.masterplans = masterplans;
    }

    @GetMapping
    String list(
            @PathVariable long id,
            @RequestParam(required = false) CommentStatus status,
            @RequestParam(required = false) TargetKind targetKind,
            HttpServletRequest request,
            Model model) {
        List<ReviewComment> threads = comments.list(id, targetKind, null, status);
        model.addAttribute("masterplan", masterplans.get(id));
        model.addAttribute("threads", threads);
        model.addAttribute("names", comments.targetNames(id, threads));
        model.addAttribute("counts", comments.counts(id));
        model.addAttribute("status", status);
        model.addAttribute("targetKind", targetKind);
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("statuses", CommentStatus.values());
        return Htmx.view(request, PAGE, "results");
    }
}
