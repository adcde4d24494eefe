package id.rancang.review;

/** What the current user may do with the review comments of one masterplan (to offer the forms). */
public record ReviewRights(String username, boolean comment, boolean resolve) {

    public boolean owns(String author) {
        return username != null && username.equals(author);
    }

    public boolean mayResolve(ReviewComment comment) {
        return resolve || owns(comment.author());
    }
}
