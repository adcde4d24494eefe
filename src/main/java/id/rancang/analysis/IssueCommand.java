package id.rancang.analysis;

import java.util.List;

/**
 * Records or changes a problem or potential. Every field is checked by {@link Issues} so that all
 * mistakes are reported together; {@code origin} defaults to the team, {@code version} is the one
 * read when changing.
 */
public record IssueCommand(
        String dimension,
        String subDimension,
        String title,
        String description,
        Integer severity,
        List<String> districtCodes,
        Evidence evidence,
        IssueOrigin origin,
        Long version) {}
