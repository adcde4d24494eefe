package id.rancang.review;

/** Whether a thread still waits for the authors. */
public enum CommentStatus {
    OPEN,
    RESOLVED
}
