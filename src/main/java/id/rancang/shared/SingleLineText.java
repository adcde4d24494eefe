package id.rancang.shared;

import id.rancang.shared.InvalidInputException.FieldProblem;
import java.util.List;

/** The check behind {@link SingleLine}, for services that name every problem of a command at once. */
public final class SingleLineText {

    /** The message naming the problem: "must be one line, without line breaks or control characters". */
    public static final String MESSAGE_KEY = "error.field.singleLine";

    private SingleLineText() {}

    /**
     * Whether {@code value} is null or, leading and trailing white space aside, one line without
     * control characters (line breaks, tabs, escapes, the Unicode line and paragraph separators).
     */
    public static boolean accepts(String value) {
        if (value == null) {
            return true;
        }
        String text = value.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Adds the problem for {@code field} when {@code value} is not a single line; says whether it is. */
    public static boolean check(String value, String field, List<FieldProblem> problems) {
        if (accepts(value)) {
            return true;
        }
        problems.add(new FieldProblem(field, MESSAGE_KEY, new Object[0]));
        return false;
    }
}
