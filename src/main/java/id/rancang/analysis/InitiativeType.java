package id.rancang.analysis;

/** What kind of thing an existing initiative is. */
public enum InitiativeType {
    APPLICATION,
    INFRASTRUCTURE,
    POLICY,
    SERVICE
}
