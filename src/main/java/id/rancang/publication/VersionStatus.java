package id.rancang.publication;

/** Where a version stands: a draft, the council's approved version, or one a later approval replaced. */
public enum VersionStatus {
    DRAFT,
    APPROVED,
    SUPERSEDED
}
