package id.rancang.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Answers in a thread, or changes one's own comment ({@code version} required then). */
public record ReplyCommand(
        @NotBlank(message = "{review.text.required}") @Size(max = 4000, message = "{review.text.size}")
        String text,

        CommentFormat format,
        Long version) {}
