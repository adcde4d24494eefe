package id.rancang.analysis;

/**
 * Published, within the deleting transaction, when a problem of a masterplan is removed, so that
 * other modules can drop what refers to it (for instance programmes that answered it).
 */
public record ProblemDeleted(long masterplanId, long problemId) {}
