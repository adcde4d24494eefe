package id.rancang.shared;

import id.rancang.shared.InvalidInputException.FieldProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The years in which the dates of the work on a masterplan fall (sessions, stages, signatures):
 * the national programme began in 2017, so a year before {@value #FIRST_YEAR} or after {@value
 * #LAST_YEAR} is a slip of the keyboard, not a plan, and would not even be stored as typed.
 */
public final class DateBounds {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** The refusal's message key; its arguments are the first and the last year. */
    public static final String MESSAGE = "error.date.range";

    private DateBounds() {}

    public static boolean accepts(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Adds a refusal naming {@code field} when {@code date} is given and outside the years. */
    public static void check(LocalDate date, String field, List<FieldProblem> problems) {
        if (date != null && !accepts(date.getYear())) {
            problems.add(problem(field));
        }
    }

    /** Adds a refusal naming {@code field} when {@code time} is given and outside the years. */
    public static void check(OffsetDateTime time, String field, List<FieldProblem> problems) {
        if (time != null && !accepts(time.getYear())) {
            problems.add(problem(field));
        }
    }

    public static FieldProblem problem(String field) {
        return new FieldProblem(field, MESSAGE, new Object[] {FIRST_YEAR, LAST_YEAR});
    }
}
