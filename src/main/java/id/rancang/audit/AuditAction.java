package id.rancang.audit;

/** What happened to the audited thing. */
public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED,
    GRANTED,
    REVOKED,
    LOGGED_IN,
    LOCKED
}
