package id.rancang.analysis;

/** An urban problem to solve or a regional potential (strength) to build on. */
public enum IssueKind {
    PROBLEM,
    POTENTIAL
}
