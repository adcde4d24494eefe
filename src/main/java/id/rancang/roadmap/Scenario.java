package id.rancang.roadmap;

import java.time.Instant;

/**
 * A named set of assumptions to schedule under (e.g. "Pagu tetap", "Naik 10 % per tahun"): yearly
 * ceilings, office capacity, pins and time limit. Runs of several scenarios sit side by side.
 */
public record Scenario(long id, String name, OptimiseCommand parameters, Instant createdAt, String createdBy) {}
