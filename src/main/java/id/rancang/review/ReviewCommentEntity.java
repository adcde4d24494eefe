package id.rancang.review;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One row: the first comment of a thread ({@code parentId == null}, with a status) or a reply. */
@Table("review_comment")
class ReviewCommentEntity {

    @Id
    Long id;

    long masterplanId;
    TargetKind targetKind;
    String targetKey;
    Long parentId;
    String author;
    String authorName;
    String body;
    CommentFormat format;
    CommentStatus status;
    String resolvedBy;
    Instant resolvedAt;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    boolean isReply() {
        return parentId != null;
    }

    ReviewComment toComment(List<ReviewCommentEntity> replies) {
        return new ReviewComment(
                id,
                masterplanId,
                targetKind,
                targetKey,
                author,
                authorName,
                body,
                format,
                status,
                resolvedBy,
                resolvedAt,
                createdAt,
                updatedAt,
                version,
                replies.stream().map(ReviewCommentEntity::toReply).toList());
    }

    ReviewComment.Reply toReply() {
        return new ReviewComment.Reply(id, author, authorName, body, format, createdAt, updatedAt, version);
    }
}
