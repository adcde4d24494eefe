package id.rancang.analysis;

import id.rancang.shared.InvalidInputException.FieldProblem;

/**
 * A problem in one row of an imported spreadsheet: {@code row} is the spreadsheet's row number
 * (the header is row 1), {@code column} the column's label (when known), {@code field} the API
 * field name; the message is a key with arguments.
 */
public record RowProblem(int row, String column, String field, String messageKey, Object[] arguments) {

    static RowProblem of(int row, FieldProblem problem) {
        return new RowProblem(row, null, problem.field(), problem.messageKey(), problem.arguments());
    }

    RowProblem withColumn(String label) {
        return new RowProblem(row, label, field, messageKey, arguments);
    }
}
