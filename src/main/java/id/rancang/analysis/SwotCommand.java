package id.rancang.analysis;

/** Adds a SWOT item to a readiness sub-element; {@code dimension} optionally links it to one. */
public record SwotCommand(String subElement, SwotKind kind, String text, String dimension) {}
