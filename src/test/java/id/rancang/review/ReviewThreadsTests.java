package id.rancang.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewThreadsTests {

    private static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void repliesJoinTheirThreadInTheOrderTheyWereWritten() {
        List<ReviewComment> threads = ReviewComments.threads(
                List.of(row(1, null, 0), row(2, null, 1), row(3, 1L, 2), row(4, 2L, 3), row(5, 1L, 4)));

        assertThat(threads).extracting(ReviewComment::id).containsExactly(1L, 2L);
        assertThat(threads.get(0).replies()).extracting(ReviewComment.Reply::id).containsExactly(3L, 5L);
        assertThat(threads.get(1).replies()).extracting(ReviewComment.Reply::id).containsExactly(4L);
    }

    @Test
    void htmlIsSanitisedAndPlainTextIsKeptAsWritten() {
        assertThat(ReviewComments.body("<p onclick=\"x()\">Baik</p><script>alert(1)</script>", CommentFormat.HTML))
                .isEqualTo("<p>Baik</p>");
        assertThat(ReviewComments.body("  a < b\nbaris dua  ", CommentFormat.PLAIN))
                .isEqualTo("a < b\nbaris dua");
    }

    @Test
    void anExcerptOfHtmlHasNoTags() {
        ReviewComment comment = ReviewComments.threads(List.of(row(1, null, 0))).get(0);
        ReviewComment html = new ReviewComment(
                1,
                1,
                TargetKind.CHAPTER,
                "buku2.visi-misi",
                "a",
                "A",
                "<p>Visi <strong>baru</strong></p>",
                CommentFormat.HTML,
                CommentStatus.OPEN,
                null,
                null,
                T0,
                T0,
                0,
                List.of());

        assertThat(html.plainText()).isEqualTo("Visi baru");
        assertThat(comment.plainText()).isEqualTo("teks 1");
        assertThat(comment.open()).isTrue();
    }

    private static ReviewCommentEntity row(long id, Long parent, int minute) {
        ReviewCommentEntity row = new ReviewCommentEntity();
        row.id = id;
        row.masterplanId = 7;
        row.targetKind = TargetKind.PROGRAMME;
        row.targetKey = "GOV-01";
        row.parentId = parent;
        row.author = "ahli";
        row.authorName = "Ahli";
        row.body = "teks " + id;
        row.format = CommentFormat.PLAIN;
        row.status = parent == null ? CommentStatus.OPEN : null;
        row.createdAt = T0.plusSeconds(60L * minute);
        row.updatedAt = row.createdAt;
        row.version = 0L;
        return row;
    }
}
