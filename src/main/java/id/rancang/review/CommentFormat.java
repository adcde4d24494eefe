package id.rancang.review;

/** Plain text (shown as written, line breaks kept) or simple HTML (sanitised like a narrative). */
public enum CommentFormat {
    PLAIN,
    HTML
}
