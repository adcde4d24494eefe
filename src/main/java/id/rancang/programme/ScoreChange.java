package id.rancang.programme;

/**
 * One cell of the scores table changed in a form: the score the writer saw and the one they want
 * ({@code null}: none), so that changes to other cells saved meanwhile are kept and a change to the
 * same cell is noticed.
 */
public record ScoreChange(String programmeCode, String criterion, Integer seen, Integer wanted) {}
