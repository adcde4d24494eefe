package id.rancang.analysis;

/** How far an existing initiative has come. */
public enum InitiativeStatus {
    DEVELOPMENT,
    PILOT,
    OPERATIONAL,
    DISCONTINUED
}
