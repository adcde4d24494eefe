package id.rancang.review.web;

import id.rancang.review.ReviewComments;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The thread counts behind the small "Komentar (n)" links that pages put beside their items
 * ({@code review/thread :: link}). The counts of a masterplan are read once per request, however
 * many items the page lists. Used in templates as {@code @reviewLinks}.
 */
@Component("reviewLinks")
class ReviewLinks {

    private static final String CACHE = ReviewLinks.class.getName() + ".";

    private final ReviewComments comments;

    ReviewLinks(ReviewComments comments) {
        this.comments = comments;
    }

    /** The number of threads on the item {@code kind}/{@code key} of the masterplan. */
    public long count(long masterplanId, String kind, Object key) {
        return counts(masterplanId).getOrDefault(kind + ":" + key, 0L);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(long masterplanId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return comments.threadsByTarget(masterplanId);
        }
        String name = CACHE + masterplanId;
        Map<String, Long> counts = (Map<String, Long>) request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (counts == null) {
            counts = comments.threadsByTarget(masterplanId);
            request.setAttribute(name, counts, RequestAttributes.SCOPE_REQUEST);
        }
        return counts;
    }
}
