package id.rancang.review;

import java.time.Instant;
import java.util.List;

/**
 * A review thread: the first comment on an item of a masterplan, its status and the replies in the
 * order they were written. {@code text} is plain text or, for {@link CommentFormat#HTML}, sanitised
 * HTML that is safe to show as is.
 */
public record ReviewComment(
        long id,
        long masterplanId,
        TargetKind targetKind,
        String targetKey,
        String author,
        String authorName,
        String text,
        CommentFormat format,
        CommentStatus status,
        String resolvedBy,
        Instant resolvedAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Reply> replies) {

    public ReviewComment {
        replies = List.copyOf(replies);
    }

    public boolean open() {
        return status == CommentStatus.OPEN;
    }

    /** The text without formatting, e.g. for an excerpt in a list. */
    public String plainText() {
        return format == CommentFormat.HTML ? org.jsoup.Jsoup.parse(text).text() : text;
    }

    /** An answer in a thread. */
    public record Reply(
            long id,
            String author,
            String authorName,
            String text,
            CommentFormat format,
            Instant createdAt,
            Instant updatedAt,
            long version) {}
}
