package id.rancang.shared;

import id.rancang.shared.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem in one row of an imported spreadsheet: {@code row} is the spreadsheet's row number
 * (the header is row 1), {@code column} the column's label (when known), {@code field} the API
 * field name; the message is a key with arguments.
 */
public record RowProblem(int row, String column, String field, String messageKey, Object[] arguments) {

    private static final Pattern ROW_FIELD = Pattern.compile("^rows\\[(\\d+)]\\.(.+)$");

    /**
     * The problems of a rejected import whose fields are named {@code rows[N].field}, as row
     * problems with the column label {@code labelOf} gives for the field; any problem of the file
     * as a whole (not of a row) is rethrown as it is.
     */
    public static ImportRejectedException rejected(InvalidInputException e, Function<String, String> labelOf) {
        List<RowProblem> rows = new ArrayList<>();
        for (FieldProblem problem : e.problems()) {
            Matcher matcher = ROW_FIELD.matcher(problem.field());
            if (!matcher.matches()) {
                throw e;
            }
            String field = matcher.group(2);
            rows.add(new RowProblem(
                    Integer.parseInt(matcher.group(1)),
                    labelOf.apply(field),
                    field,
                    problem.messageKey(),
                    problem.arguments()));
        }
        rows.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new ImportRejectedException(rows);
    }

    public static RowProblem of(int row, FieldProblem problem) {
        return new RowProblem(row, null, problem.field(), problem.messageKey(), problem.arguments());
    }

    public RowProblem withColumn(String label) {
        return new RowProblem(row, label, field, messageKey, arguments);
    }
}
