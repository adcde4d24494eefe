package id.rancang.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Starts a thread on an item; the item must exist in the masterplan. */
public record CommentCommand(
        @NotNull(message = "{review.targetKind.required}") TargetKind targetKind,

        @NotBlank(message = "{review.targetKey.required}") @Size(max = 100, message = "{review.targetKey.size}")
        String targetKey,

        @NotBlank(message = "{review.text.required}") @Size(max = 4000, message = "{review.text.size}")
        String text,

        CommentFormat format) {}
