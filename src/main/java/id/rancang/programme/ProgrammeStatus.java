package id.rancang.programme;

/** Where a programme is, from proposal to completion. */
public enum ProgrammeStatus {
    PROPOSED,
    PLANNED,
    ONGOING,
    COMPLETED,
    CANCELLED
}
