package id.rancang.analysis;

import id.rancang.shared.InvalidInputException.FieldProblem;
import java.util.List;

/** Small checks on free text shared by the analysis facades. */
final class Text {

    private Text() {}

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String strip(String value) {
        return isBlank(value) ? null : value.strip();
    }

    static void required(String value, String field, int max, List<FieldProblem> problems) {
        if (isBlank(value)) {
            problems.add(new FieldProblem(field, "analysis.field.required", new Object[0]));
        } else {
            max(value, field, max, problems);
        }
    }

    static void max(String value, String field, int max, List<FieldProblem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "analysis.field.size", new Object[] {max}));
        }
    }

    static void range(Integer value, String field, int min, int max, boolean required, List<FieldProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "analysis.field.required", new Object[0]));
            }
        } else if (value < min || value > max) {
            problems.add(new FieldProblem(field, "analysis.field.range", new Object[] {min, max}));
        }
    }
}
