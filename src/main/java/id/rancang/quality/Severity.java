package id.rancang.quality;

/** How much a finding matters: an error must be fixed before adoption; a warning should be looked at. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
