package id.rancang.shared;

import java.util.List;

/** An upload with at least one invalid row; nothing was written. Answered with 422. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<RowProblem> problems;

    public ImportRejectedException(List<RowProblem> problems) {
        super("import rejected: " + problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
