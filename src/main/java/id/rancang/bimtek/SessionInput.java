package id.rancang.bimtek;

/**
 * Something raised in a session: for problems, potentials and initiatives the analysis record
 * ({@code id}, {@code link} to its analysis page), for comments the comment kept with the session.
 */
public record SessionInput(
        SessionInputKind kind, long id, String title, String text, String dimension, String author, String link) {}
