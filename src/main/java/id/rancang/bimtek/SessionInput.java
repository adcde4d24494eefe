package id.rancang.bimtek;

/**
 * Something raised in a session: for problems, potentials and initiatives the analysis record
 * ({@code id}, {@code link} to its analysis page), for comments the comment kept with the session;
 * {@code author} names who raised it, for every kind.
 */
public record SessionInput(
        SessionInputKind kind, long id, String title, String text, String dimension, String author, String link) {

    /** The same input, raised by {@code author}. */
    SessionInput by(String author) {
        return new SessionInput(kind, id, title, text, dimension, author, link);
    }
}
