package id.rancang.shared;

import java.util.List;

/**
 * Input that is well-formed but not acceptable (unknown code, value out of range); answered with
 * 422 naming every offending field. Messages are keys resolved in the user's language.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One offending field; {@code row} is set for imported rows. */
    public record FieldProblem(String field, String messageKey, Object[] arguments) {}
}
